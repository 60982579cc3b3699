package org.xinyu.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;
import org.xinyu.platform.rest.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP Basic on /api: every call authenticated; a refusal is a 401 problem+json with a Basic challenge, and a
 * caller over the failed-sign-in limit gets 429 problem+json with Retry-After. Credentials that are not valid
 * Base64 ({@code Basic !!!}) are a refusal like any other, never an exception.
 */
public class ApiBasicAuthFilter extends BasicHttpAuthenticationFilter {

    private static final String THROTTLED = ApiBasicAuthFilter.class.getName() + ".throttled";

    public ApiBasicAuthFilter() {
        setApplicationName("Xinyu");
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        // stateless API: authenticate every request from its own credentials, never from a session
        return false;
    }

    @Override
    protected String[] getPrincipalsAndCredentials(String scheme, String encoded) {
        try {
            return super.getPrincipalsAndCredentials(scheme, encoded);
        } catch (RuntimeException notBase64) {
            // "Basic !!!", "Basic a": no credentials at all; answered like a missing header (401)
            return null;
        }
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
                                     ServletResponse response) {
        if (e instanceof SignInThrottled throttled) {
            request.setAttribute(THROTTLED, throttled);
        }
        return false;
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setContentType(Problems.MEDIA_TYPE);
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        http.setHeader("Cache-Control", "no-store");
        String body;
        if (request.getAttribute(THROTTLED) instanceof SignInThrottled throttled) {
            http.setStatus(429);
            http.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            body = Problems.body(429, "Too many requests",
                    "Too many failed sign-ins from this address or for this account; try again in "
                            + throttled.retryAfterSeconds() + " seconds.");
        } else {
            http.setStatus(401);
            http.setHeader(AUTHENTICATE_HEADER, "Basic realm=\"Xinyu\"");
            body = Problems.body(401, "Unauthorized", "Valid credentials are required.");
        }
        try {
            http.getWriter().write(body);
        } catch (IOException ignored) {
            // the client went away; nothing to answer
        }
        return false;
    }
}
