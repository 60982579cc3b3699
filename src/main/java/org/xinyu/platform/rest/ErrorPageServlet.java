package org.xinyu.platform.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's error page (web.xml {@code <error-page>}): errors raised before or outside JAX-RS — Shiro's
 * refusal of an invalid path ({@code %00}, {@code ;}, encoded slashes), a response Jersey ends with
 * {@code sendError}, a servlet exception — answer RFC 9457 problem+json like the API itself, never the
 * container's HTML report (which names the server and its version). Only the status is told; the cause is in the log.
 */
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404; // asked for directly: there is nothing here
        if (status < 400 || status > 599) {
            status = 500;
        }
        String title = title(status);
        String detail = switch (status) {
            case 400 -> "The request is not valid HTTP for this server (check its path, query and headers).";
            case 404 -> "Nothing here.";
            case 405 -> "This method is not supported here.";
            case 414, 431 -> "The request's address or headers are too long.";
            case 415 -> "This media type is not supported here; send application/json.";
            default -> status >= 500 ? "Something went wrong on the server; the request id identifies it in the log." : title;
        };
        response.reset();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problems.body(status, title, detail));
    }

    private static String title(int status) {
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : status >= 500 ? "Server error" : "Client error";
    }
}
