package org.xinyu.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * TRACE (and CONNECT) are refused with 405 and the connection is closed. Closing is the point: Grizzly reads no
 * body for a TRACE (RFC 9110 gives it none), so bytes sent after a TRACE's headers would be parsed as the next
 * request on a kept-alive connection — a request-smuggling primitive behind a proxy that reuses connections. The
 * container's own refusal (405 "TRACE method is not allowed") keeps the connection open, so the server is told to
 * pass TRACE on (post-boot-commands.asadmin, {@code trace-enabled=true}) and this filter, first in web.xml, answers it.
 */
public class TraceRefusalFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"TRACE".equals(method) && !"CONNECT".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(405);
        response.setHeader("Allow", "GET, HEAD, POST, PUT, OPTIONS");
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problems.body(405, "Method Not Allowed", method + " is not supported."));
        response.flushBuffer();
    }
}
