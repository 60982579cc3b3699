package org.xinyu.it.security;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinyu.it.Api;
import org.xinyu.it.XinyuServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Path tricks that have bypassed URL-based security filters elsewhere: none may reach the API without
 * credentials. A trick may land outside the API, on a page anyone may load: the workbench's HTML shell (which
 * asks for a sign-in before showing anything) or Payara's health check; those are the only 200s allowed.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PathBypassIT {

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {
            "/api/v1/schools", "/api/v1/users", "/api/v1/students", "/api/v1/audit", "/api/v1/audit/verify",
            "/api/v1/schools;", "/api/v1/schools;jsessionid=abc", "/api/v1/users;.css", "/api/v1/users;/",
            "/api/v1;/users", "/api;/v1/users", "/;/api/v1/users", "/api/v1/audit;x=1/verify",
            "/api/v1/./users", "/api/v1/x/../users", "/api/v1/x/..;/users", "/api/v1/..;/v1/users",
            "/static/..;/api/v1/users", "/health/..;/api/v1/users", "/openapi/../api/v1/users",
            "/%2e/api/v1/users", "/api/v1/%2e/users", "/api/v1/x/%2e%2e/users", "/api/v1/x/%2E%2E/users",
            "/api/v1/x/.%2e/users", "/api/v1/%2e%2e;/v1/users",
            "//api/v1/users", "/api//v1/users", "/api/v1//users", "///api/v1/schools",
            "/API/v1/users", "/Api/V1/Users", "/api/V1/schools", "/API/V1/AUDIT",
            "/api%2fv1%2fusers", "/api/v1%2fusers", "/api%2Fv1/schools", "/api/v1/users%2f", "/%2fapi/v1/users",
            "/api%5cv1%5cusers", "/api/v1%5cschools", "/api/v1/users%5c",
            "/api/v1/users/", "/api/v1/users/.", "/api/v1/users%3b", "/api/v1/%75sers", "/%61pi/v1/users",
            "/api/v1/users%00", "/api/v1/users%20", "/api/v1/users?page=0&size=500", "/api/v1/users/admin",
            "/api/v1/students/1", "/api/v1/system/clock",
    })
    void a_tricky_path_never_reaches_the_api_without_credentials(String path) {
        Api.Reply reply = Api.anonymous().getRaw(path);
        if (reply.status() >= 200 && reply.status() < 300) {
            boolean workbenchShell = reply.contentType().startsWith("text/html") && reply.body().contains("<!doctype html>");
            boolean healthCheck = reply.body().startsWith("{\"status\":\"UP\",\"checks\":");
            assertTrue(workbenchShell || healthCheck, path + " → " + reply);
        }
        assertFalse(reply.body().contains("\"items\""), path + " leaked a list: " + reply.body());
        assertFalse(reply.body().contains("passwordHash") || reply.body().contains("argon2"), path + " leaked a hash");
    }

    @ParameterizedTest(name = "raw GET {0}")
    @ValueSource(strings = {"/api\\v1\\users", "/api/v1\\schools", "/api/v1/x/..\\users", "/static\\..\\api\\v1\\users",
            "/api/v1/schools\\", "/API\\V1\\AUDIT"})
    void a_path_with_raw_backslashes_never_answers_200_without_credentials(String path) throws IOException {
        String status = rawStatusLine(path);
        assertTrue(status.startsWith("HTTP/1.1 "), status);
        assertFalse(status.startsWith("HTTP/1.1 2"), path + " → " + status);
    }

    @ParameterizedTest(name = "GET {0} with a valid auditor's credentials of another case")
    @ValueSource(strings = {"/api/v1/SCHOOLS", "/api/v1/Audit"})
    void case_variants_are_not_other_resources_either(String path) {
        assertEquals(404, Api.as("auditor").get(path).status());
    }

    /** Sends the request line as given, byte for byte: no client normalises it. */
    private static String rawStatusLine(String path) throws IOException {
        URI base = URI.create(XinyuServer.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            return line.toString().trim();
        }
    }
}
