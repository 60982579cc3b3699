package org.xinyu.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.XinyuServer;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a fuzzer found at the HTTP level (issue 12 §4): each test reproduces one finding. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HardeningIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return HTTP.send(builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(XinyuServer.baseUrl() + path.replaceFirst("^/", "")));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.uri() + " " + response.body());
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), response.uri() + " answered " + type + ": " + response.body());
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(status, body.getInt("status"), response.body());
    }

    // ---- TRACE ----

    @Test
    void trace_is_refused_and_a_request_smuggled_in_its_body_is_never_run() throws IOException {
        String host = "Host: 127.0.0.1:" + RawHttp.port() + "\r\n";
        String smuggled = "GET /health/live HTTP/1.1\r\n" + host + "\r\n";
        for (String target : List.of("/api/v1/schools", "/health/live", "/")) {
            String received = RawHttp.exchange(null, "TRACE " + target + " HTTP/1.1\r\n" + host
                    + "Content-Length: " + smuggled.length() + "\r\n\r\n" + smuggled);
            List<Integer> statuses = RawHttp.statuses(received);
            assertEquals(1, statuses.size(), "one answer only, to the TRACE itself (" + target + "):\n" + received);
            assertEquals(405, statuses.get(0), received);
            assertFalse(received.contains("\"UP\""), "the smuggled health check ran:\n" + received);
        }
    }

    /** The smuggled request is an audited read: if the server ran it at all, answered or not, the audit trail says so. */
    @Test
    void a_request_smuggled_in_a_trace_body_leaves_no_trace_in_the_audit_trail() throws Exception {
        long id = org.xinyu.it.Fixtures.student(9, 1).getJsonNumber("id").longValue();
        String host = "Host: 127.0.0.1:" + RawHttp.port() + "\r\n";
        String smuggled = "GET /api/v1/students/" + id + " HTTP/1.1\r\n" + host + "Authorization: "
                + basic("admin", XinyuServer.DEMO_PASSWORD) + "\r\nConnection: close\r\n\r\n";
        String received = RawHttp.exchange(null, "TRACE /api/v1/schools HTTP/1.1\r\n" + host
                + "Content-Length: " + smuggled.length() + "\r\n\r\n" + smuggled);
        assertEquals(List.of(405), RawHttp.statuses(received), received);
        Thread.sleep(1000); // let a smuggled request, if one runs, finish its audit entry (no timing is asserted)
        assertEquals(0, Fixtures.auditTotal(Fixtures.query("action", "STUDENT_READ"), Fixtures.query("subject", "STUDENT:" + id)),
                "the smuggled read of student " + id + " ran");
    }

    // ---- broken credentials ----

    @Test
    void credentials_that_are_not_base64_are_a_401_problem_and_leave_no_stack_trace() throws Exception {
        for (String header : List.of("Basic !!!", "Basic a", "Basic ====", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()))) {
            HttpResponse<String> response = send(request("/api/v1/schools").header("Authorization", header).GET());
            assertProblem(401, response);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), header);
        }
        String log = Files.readString(XinyuServer.logFile(), StandardCharsets.UTF_8);
        assertFalse(log.contains("Illegal base64 character"), "a stack trace for bad credentials is in the log");
    }

    // ---- paging ----

    @Test
    void pages_beyond_the_bound_or_not_whole_numbers_are_a_400_naming_the_parameter() {
        List<String[]> lists = List.of(new String[] {"admin", "/api/v1/students"}, new String[] {"counsellor", "/api/v1/cases"},
                new String[] {"auditor", "/api/v1/audit"}, new String[] {"admin", "/api/v1/schools"}, new String[] {"admin", "/api/v1/users"});
        for (String[] list : lists) {
            Api api = Api.as(list[0]);
            for (String[] bad : List.of(new String[] {"page=2147483647&size=500", "page"}, new String[] {"page=8589935&size=500", "page"},
                    new String[] {"page=abc", "page"}, new String[] {"size=1.5", "size"}, new String[] {"page=-1", "page"},
                    new String[] {"size=0", "size"}, new String[] {"page=99999999999", "page"})) {
                Api.Reply reply = api.get(list[1] + "?" + bad[0]);
                assertEquals(400, reply.status(), list[1] + "?" + bad[0] + " " + reply);
                assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
                assertEquals(bad[1], reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.toString());
            }
            assertEquals(200, api.get(list[1] + "?page=100000&size=500").status(), list[1]);
        }
        Api.Reply grade = Api.as("admin").get("/api/v1/students?grade=nine");
        assertEquals(400, grade.status(), grade.toString());
        assertEquals("grade", grade.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    // ---- headers ----

    @Test
    void student_and_case_answers_are_never_stored_by_a_cache() {
        long id = org.xinyu.it.Fixtures.student(9, 1).getJsonNumber("id").longValue();
        for (String[] call : List.of(new String[] {"admin", "/api/v1/students/" + id}, new String[] {"admin", "/api/v1/students"},
                new String[] {"counsellor", "/api/v1/cases"}, new String[] {"counsellor", "/api/v1/students/" + id + "/case"},
                new String[] {"counsellor", "/api/v1/students/999999999"})) {
            Api.Reply reply = Api.as(call[0]).get(call[1]);
            assertEquals("no-store", reply.header("Cache-Control").orElse(null), call[1] + " " + reply.status());
        }
        assertEquals("no-store", Api.anonymous().get("/api/v1/students").header("Cache-Control").orElse(null));
    }

    @Test
    void an_unsupported_method_is_a_405_problem_naming_the_allowed_ones() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/students").header("Authorization", basic("admin", XinyuServer.DEMO_PASSWORD))
                .DELETE());
        assertProblem(405, response);
        String allow = response.headers().firstValue("Allow").orElse("");
        assertTrue(allow.contains("GET") && allow.contains("POST"), "Allow: " + allow);
    }

    @Test
    void options_tells_an_authenticated_caller_the_allowed_methods_and_asks_others_to_sign_in() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/students").header("Authorization", basic("teacher", XinyuServer.DEMO_PASSWORD))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, response.statusCode() + " " + response.body());
        String allow = response.headers().firstValue("Allow").orElse("");
        assertTrue(allow.contains("GET") && allow.contains("POST"), "Allow: " + allow);
        assertProblem(401, send(request("/api/v1/students").method("OPTIONS", HttpRequest.BodyPublishers.noBody())));
    }

    @Test
    void errors_the_container_answers_are_problems_too() throws Exception {
        String admin = basic("admin", XinyuServer.DEMO_PASSWORD);
        assertProblem(415, send(request("/api/v1/schools").header("Authorization", admin).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));
        HttpResponse<String> badType = send(request("/api/v1/schools").header("Authorization", admin)
                .header("Content-Type", "application/json; charset=\"").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertTrue(badType.statusCode() == 400 || badType.statusCode() == 415, badType.statusCode() + " " + badType.body());
        assertProblem(badType.statusCode(), badType);
        assertProblem(404, send(request("/api/v1/no-such-thing").header("Authorization", admin).GET()));
    }

    /**
     * A NUL in the path is refused by the HTTP layer itself (Catalina's "Invalid URI", before any filter or error page
     * of the application can run), so it cannot be problem+json; what matters is that it is a bare 400 that closes the
     * connection, names nothing and runs nothing (docs/security.md, "HTTP").
     */
    @Test
    void a_nul_in_the_path_is_a_bare_400_that_closes_the_connection() throws IOException {
        String host = "Host: 127.0.0.1:" + RawHttp.port() + "\r\n";
        String received = RawHttp.exchange(null, "GET /api/v1/students%00 HTTP/1.1\r\n" + host + "\r\n"
                + "GET /health/live HTTP/1.1\r\n" + host + "\r\n");
        assertEquals(List.of(400), RawHttp.statuses(received), received);
        assertFalse(received.contains("<html") || received.contains("Exception"), received);
    }

    // ---- /metrics ----

    @Test
    void metrics_are_for_the_system_administrator_only() throws Exception {
        HttpResponse<String> anonymous = send(request("/metrics").GET());
        assertProblem(401, anonymous);
        for (String role : List.of("teacher", "counsellor", "auditor", "rules")) {
            HttpResponse<String> refused = send(request("/metrics").header("Authorization", basic(role, XinyuServer.DEMO_PASSWORD)).GET());
            assertProblem(403, refused);
        }
        for (String path : List.of("/metrics/base", "/metrics/", "/metrics?scope=base", "/METRICS", "//metrics")) {
            HttpResponse<String> other = send(request(path).header("Authorization", basic("teacher", XinyuServer.DEMO_PASSWORD)).GET());
            assertFalse(other.statusCode() == 200 && other.body().contains("# TYPE"), path + " " + other.body());
        }
        HttpResponse<String> admin = send(request("/metrics").header("Authorization", basic("admin", XinyuServer.DEMO_PASSWORD)).GET());
        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(admin.body().contains("# TYPE"), admin.body());
    }

    @Test
    void a_caller_over_the_failed_sign_in_limit_of_its_address_gets_429_with_retry_after() throws IOException {
        String from = "127.0.0.23";
        String wrong = basic(Fixtures.unique("nobody"), "Not-The-Password-1");
        int status = 0;
        int attempts = 0;
        for (; attempts < 120 && status != 429; attempts++) {
            String response = RawHttp.get(from, "/api/v1/schools", basic(Fixtures.unique("guess"), "Not-The-Password-1"));
            status = RawHttp.status(response);
            if (status == 429) {
                assertNotNull(RawHttp.header(response, "Retry-After"), response);
                assertTrue(Long.parseLong(RawHttp.header(response, "Retry-After").trim()) > 0, response);
                assertTrue(RawHttp.header(response, "Content-Type").startsWith("application/problem+json"), response);
            } else {
                assertEquals(401, status, response);
            }
        }
        assertEquals(429, status, "no limit after " + attempts + " failed sign-ins from one address");
        assertEquals(101, attempts, "the default limit is 100 failures per address");
        String right = basic("auditor", XinyuServer.DEMO_PASSWORD);
        assertEquals(429, RawHttp.status(RawHttp.get(from, "/api/v1/schools", right)), "the address is refused before its password is checked");
        assertEquals(200, RawHttp.status(RawHttp.get("127.0.0.24", "/api/v1/schools", right)), "another address is not limited");
        assertEquals(401, RawHttp.status(RawHttp.get("127.0.0.24", "/api/v1/schools", wrong)));
    }

    @Test
    void a_username_over_its_failed_sign_in_limit_gets_429_from_every_address() throws IOException {
        String username = Fixtures.unique("ghost");
        String wrong = basic(username, "Not-The-Password-1");
        for (int i = 0; i < 10; i++) {
            String response = RawHttp.get("127.0.0." + (30 + i % 3), "/api/v1/schools", wrong);
            assertEquals(401, RawHttp.status(response), "attempt " + (i + 1) + ": " + response);
        }
        String refused = RawHttp.get("127.0.0.40", "/api/v1/schools", wrong);
        assertEquals(429, RawHttp.status(refused), refused);
        assertNotNull(RawHttp.header(refused, "Retry-After"), refused);
        assertEquals(401, RawHttp.status(RawHttp.get("127.0.0.40", "/api/v1/schools", basic(Fixtures.unique("other"), "x"))),
                "other usernames from that address are not limited");
    }
}
