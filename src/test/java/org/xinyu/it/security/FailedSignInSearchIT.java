package org.xinyu.it.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyu.it.security.Fixtures.audit;
import static org.xinyu.it.security.Fixtures.query;

/** The auditor searching by an account finds the failed sign-ins against it (issue 12 section 5). */
class FailedSignInSearchIT {

    @Test
    void a_failed_sign_in_is_recorded_under_the_attempted_account_and_found_by_its_username() {
        String username = Fixtures.unique("signin");
        JsonObject account = Fixtures.newAccount(username, "Correct-Horse-2026!");
        assertEquals(401, Api.as(username, "wrong-password-1").get("/api/v1/schools").status());

        List<JsonObject> found = audit(query("actor", username), query("action", "LOGIN"), "size=50")
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(found.stream().anyMatch(e -> "FAILURE".equals(e.getString("outcome")) && username.equals(e.getString("actor"))
                        && "ACCOUNT".equals(e.getString("targetType"))
                        && account.getJsonNumber("id").toString().equals(e.getString("targetId"))
                        && "wrong password".equals(e.getString("detail"))),
                () -> "the failed sign-in under " + username + ": " + found);
    }
}
