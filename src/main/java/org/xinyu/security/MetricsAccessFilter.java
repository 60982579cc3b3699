package org.xinyu.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.web.filter.AccessControlFilter;
import org.apache.shiro.web.util.WebUtils;
import org.xinyu.platform.rest.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * /metrics (Payara's MicroProfile Metrics: JVM, pool and thread figures) is for the system administrator only,
 * signed in with HTTP Basic like the API. The figures show how loaded and how large the server is, which helps
 * whoever plans to overload it; no other role needs them (docs/security.md, "/metrics").
 */
public class MetricsAccessFilter extends AccessControlFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return SecurityUtils.getSubject().getPrincipal() instanceof AccountPrincipal p && p.roles().contains(Role.SYSTEM_ADMIN);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setStatus(403);
        http.setHeader("Cache-Control", "no-store");
        http.setContentType(Problems.MEDIA_TYPE);
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        http.getWriter().write(Problems.body(403, "Forbidden", "Only a system administrator may read the metrics."));
        return false;
    }
}
