package org.xinyu.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyu.it.security.Fixtures.ADMIN;
import static org.xinyu.it.security.Fixtures.auditTotal;
import static org.xinyu.it.security.Fixtures.query;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountsIT {

    private static JsonObject change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build();
    }

    @Test
    void a_person_changes_their_own_password_and_only_the_new_one_works_from_then_on() {
        String username = Fixtures.unique("pw");
        long id = Fixtures.newAccount(username, "First-Password-2026").getJsonNumber("id").longValue();
        Api old = Api.as(username, "First-Password-2026");
        assertEquals(200, old.get("/api/v1/schools").status()); // its credential is now remembered

        Api.Reply wrongCurrent = old.post("/api/v1/users/me/password", change("Not-The-Password-1", "Second-Password-2026"));
        assertEquals(400, wrongCurrent.status(), wrongCurrent.toString());
        assertEquals("currentPassword", wrongCurrent.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply weak = old.post("/api/v1/users/me/password", change("First-Password-2026", "short"));
        assertEquals(400, weak.status(), weak.toString());
        assertEquals("newPassword", weak.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply changed = old.post("/api/v1/users/me/password", change("First-Password-2026", "Second-Password-2026"));
        assertEquals(204, changed.status(), changed.toString());
        assertEquals(401, old.get("/api/v1/schools").status());
        assertEquals(200, Api.as(username, "Second-Password-2026").get("/api/v1/schools").status());
        JsonObject trail = Fixtures.audit(query("action", "PASSWORD_CHANGE"), query("subject", "ACCOUNT:" + id));
        // newest first: this change, the refused one, and the two of the first sign-in (Fixtures.newAccount keeps its password)
        assertEquals(List.of("SUCCESS", "FAILURE", "SUCCESS", "SUCCESS"), trail.getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("outcome")).toList(), trail.toString());
        assertTrue(trail.getJsonArray("items").stream().allMatch(e -> e.asJsonObject().getString("actor").equals(username)));
    }

    @Test
    void no_account_may_take_a_name_the_system_itself_uses_in_the_audit_trail() {
        for (String reserved : List.of("system", "sweep", "demo-loader", "anonymous")) {
            Api.Reply refused = ADMIN.post("/api/v1/users", Json.createObjectBuilder().add("username", reserved)
                    .add("displayName", "IT " + reserved).add("password", "Reserved-Name-2026x")
                    .add("roles", Json.createArrayBuilder().add("AUDITOR")).build());
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("username", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), refused.toString());
            assertEquals(401, Api.as(reserved, "Reserved-Name-2026x").get("/api/v1/schools").status(), "nothing was created");
        }
    }

    @Test
    void a_disabled_account_is_refused_at_once_and_works_again_when_enabled() {
        String username = Fixtures.unique("off");
        long id = Fixtures.newAccount(username, "Disable-Me-2026x").getJsonNumber("id").longValue();
        Api user = Api.as(username, "Disable-Me-2026x");
        assertEquals(200, user.get("/api/v1/schools").status());

        Api.Reply disabled = ADMIN.post("/api/v1/users/" + username + "/disable", Json.createObjectBuilder().build());
        assertEquals(200, disabled.status(), disabled.toString());
        assertEquals(false, disabled.json().getBoolean("enabled"));
        assertEquals(401, user.get("/api/v1/schools").status());
        assertEquals(1, auditTotal(query("action", "ACCOUNT_DISABLE"), query("subject", "ACCOUNT:" + id)));

        assertEquals(200, ADMIN.post("/api/v1/users/" + username + "/enable", Json.createObjectBuilder().build()).status());
        assertEquals(200, user.get("/api/v1/schools").status());
        assertEquals(1, auditTotal(query("action", "ACCOUNT_ENABLE"), query("subject", "ACCOUNT:" + id)));
    }

    @Test
    void only_the_system_administrator_disables_and_never_themselves() {
        String username = Fixtures.unique("keep");
        Fixtures.newAccount(username, "Keep-Me-Enabled-26");
        for (String role : new String[] {"auditor", "counsellor", "rules", "leader"}) {
            assertEquals(403, Api.as(role).post("/api/v1/users/" + username + "/disable", Json.createObjectBuilder().build()).status(), role);
        }
        assertEquals(200, Api.as(username, "Keep-Me-Enabled-26").get("/api/v1/schools").status());
        Api.Reply self = ADMIN.post("/api/v1/users/admin/disable", Json.createObjectBuilder().build());
        assertEquals(409, self.status(), self.toString());
        assertEquals(404, ADMIN.post("/api/v1/users/" + Fixtures.unique("ghost") + "/disable", Json.createObjectBuilder().build()).status());
    }

    @Test
    void an_expired_password_allows_nothing_but_changing_it() {
        String username = Fixtures.unique("exp");
        Fixtures.newAccount(username, "Expiring-Pass-2026");
        Api user = Api.as(username, "Expiring-Pass-2026");
        assertEquals(200, ADMIN.post("/api/v1/users/" + username + "/expire-password", Json.createObjectBuilder().build()).status());

        for (String path : new String[] {"/api/v1/schools", "/api/v1/audit", "/api/v1/users/" + username}) {
            Api.Reply refused = user.get(path);
            assertEquals(403, refused.status(), path + " " + refused);
            assertTrue(refused.contentType().startsWith("application/problem+json"));
            assertEquals("Password expired", refused.json().getString("title"));
            assertTrue(refused.json().getString("detail").contains("change it"), refused.toString());
        }
        assertEquals(204, user.post("/api/v1/users/me/password", change("Expiring-Pass-2026", "Renewed-Pass-2026")).status());
        assertEquals(200, Api.as(username, "Renewed-Pass-2026").get("/api/v1/schools").status());
    }
}
