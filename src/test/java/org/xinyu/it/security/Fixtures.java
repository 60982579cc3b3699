package org.xinyu.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.xinyu.it.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fresh accounts and audit look-ups for the security integration tests: nothing is shared between tests. */
final class Fixtures {

    static final Api ADMIN = Api.as("admin");
    static final Api AUDITOR = Api.as("auditor");

    private Fixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    /** A new auditor account (organisation-wide, so it needs no school), created by the administrator. */
    static JsonObject newAccount(String username, String password) {
        Api.Reply created = ADMIN.post("/api/v1/users", Json.createObjectBuilder()
                .add("username", username).add("displayName", "IT " + username).add("password", password)
                .add("roles", Json.createArrayBuilder().add("AUDITOR")).build());
        assertEquals(201, created.status(), created.toString());
        Api.keepChosenPassword(username, password);
        return created.json();
    }

    static String query(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The auditor's search; the answer must be a page. */
    static JsonObject audit(String... parameters) {
        Api.Reply reply = AUDITOR.get("/api/v1/audit?" + String.join("&", parameters));
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    static long auditTotal(String... parameters) {
        return audit(parameters).getJsonNumber("total").longValue();
    }
}
