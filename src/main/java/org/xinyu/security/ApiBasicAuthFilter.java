package org.xinyu.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;
import org.xinyu.platform.rest.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** HTTP Basic on /api: every call authenticated; a refusal is a 401 problem+json with a Basic challenge. */
public class ApiBasicAuthFilter extends BasicHttpAuthenticationFilter {

    public ApiBasicAuthFilter() {
        setApplicationName("Xinyu");
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        // stateless API: authenticate every request from its own credentials, never from a session
        return false;
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setStatus(401);
        http.setHeader(AUTHENTICATE_HEADER, "Basic realm=\"Xinyu\"");
        http.setContentType(Problems.MEDIA_TYPE);
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            http.getWriter().write(Problems.body(401, "Unauthorized", "Valid credentials are required."));
        } catch (IOException ignored) {
            // the client went away; nothing to answer
        }
        return false;
    }
}
