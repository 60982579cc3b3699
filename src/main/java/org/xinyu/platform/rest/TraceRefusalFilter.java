package org.xinyu.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TRACE (and CONNECT) are refused with 405, the connection is closed, and nothing else sent on that connection runs.
 *
 * <p>The danger is request smuggling: Grizzly reads no body for a TRACE (RFC 9110 gives it none), so bytes sent
 * after a TRACE's headers are parsed as the next request on the same connection — behind a proxy that reuses
 * connections, a request the proxy never saw. The container's own refusal (405 "TRACE method is not allowed") kept
 * the connection open and answered the smuggled request; closing the connection drops its answer but Grizzly has
 * already parsed it and still dispatches it. So the server passes TRACE on to the application
 * (post-boot-commands.asadmin, {@code trace-enabled=true}), and this filter, first in web.xml, marks the connection
 * (client address and port, server port) when it refuses a TRACE, and refuses — without running it — any request
 * that arrives on a marked connection in the next {@value #MARK_SECONDS} seconds.</p>
 */
public class TraceRefusalFilter extends HttpFilter {

    static final int MARK_SECONDS = 30;

    /** Connections closed after a refused TRACE: "address:port>localPort" to the instant the mark expires. */
    private static final Map<String, Long> CLOSED = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean refused = "TRACE".equals(method) || "CONNECT".equals(method);
        if (!refused && CLOSED.isEmpty()) {
            chain.doFilter(request, response); // every request passes here: no key to build while nothing is marked
            return;
        }
        String connection = request.getRemoteAddr() + ":" + request.getRemotePort() + ">" + request.getLocalPort();
        long now = System.currentTimeMillis();
        if (refused) {
            if (CLOSED.size() > 10_000) {
                CLOSED.values().removeIf(until -> until < now);
            }
            CLOSED.put(connection, now + MARK_SECONDS * 1000L);
            refuse(response, 405, "Method Not Allowed", method + " is not supported.");
            return;
        }
        Long until = CLOSED.get(connection);
        if (until != null) {
            if (until >= now) {
                try {
                    refuse(response, 400, "Bad Request", "This connection was closed after a refused TRACE; nothing sent on it runs.");
                } catch (IOException closed) {
                    // the usual case: the connection is already gone, and so is whoever sent this
                }
                return;
            }
            CLOSED.remove(connection, until);
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        if (status == 405) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, OPTIONS");
        }
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problems.body(status, title, detail));
        response.flushBuffer();
    }
}
