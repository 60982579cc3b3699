package org.xinyu.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LockoutIT {

    private static void assertSameRefusal(Api.Reply expected, Api.Reply actual) {
        assertEquals(401, actual.status(), actual.toString());
        assertEquals(expected.contentType(), actual.contentType());
        assertEquals(expected.header("WWW-Authenticate"), actual.header("WWW-Authenticate"));
        JsonObject a = expected.json();
        JsonObject b = actual.json();
        assertEquals(a.keySet(), b.keySet());
        for (String field : Set.of("type", "title", "status", "detail")) {
            assertEquals(a.get(field), b.get(field), field);
        }
    }

    @Test
    void six_wrong_passwords_lock_the_account_with_the_same_answer_as_an_unknown_user_until_the_lock_ends() {
        String username = Fixtures.unique("lock");
        String password = "Lockout-Right-2026";
        Fixtures.newAccount(username, password);
        assertEquals(200, Api.as(username, password).get("/api/v1/schools").status());

        Api.Reply unknown = Api.as(Fixtures.unique("nobody"), password).get("/api/v1/schools");
        assertEquals(401, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());

        for (int i = 1; i <= 6; i++) {
            assertSameRefusal(unknown, Api.as(username, "Wrong-Guess-" + i + "-x").get("/api/v1/schools"));
        }
        assertSameRefusal(unknown, Api.as(username, password).get("/api/v1/schools"));

        JsonObject locked = Fixtures.audit(Fixtures.query("action", "ACCOUNT_LOCKED"),
                Fixtures.query("subject", "ACCOUNT:" + userId(username)));
        assertEquals(1, locked.getJsonNumber("total").longValue(), locked.toString());

        Api.Reply moved = Fixtures.ADMIN.post("/api/v1/system/clock", Json.createObjectBuilder().add("by", "P0DT31M").build());
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(200, Api.as(username, password).get("/api/v1/schools").status());
    }

    private static long userId(String username) {
        return Fixtures.ADMIN.get("/api/v1/users/" + username).json().getJsonNumber("id").longValue();
    }
}
