package org.xinyu.it.cluster;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;
import org.xinyu.it.XinyuServer;
import org.xinyu.it.workbench.Browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A cluster's instances share only the database. Another instance that disables an account or revokes its
 * sessions commits that there, and this instance's own session registry never hears of it: the test writes the
 * row as that instance would, and the session held here must end all the same. (Not under it/workbench, whose
 * browser tests run on H2 only: this one needs PostgreSQL to write to.)
 */
class SessionRevocationIT {

    /** xinyu.session.recheck-seconds (default 5) and a margin. */
    private static final long RECHECK_MILLIS = 5_500;

    @BeforeEach
    void onPostgresOnly() {
        assumeTrue("postgres".equals(XinyuServer.database()),
                "H2: the server holds the database file, so the test cannot write to it as another instance would");
    }

    @Test
    void a_session_ends_when_another_instance_revokes_it_and_a_new_sign_in_is_not_affected() throws Exception {
        String username = "it-rev-" + Fixtures.uniqueNo().substring(1, 9).toLowerCase(Locale.ROOT);
        String password = "Hui-Hua-Chexiao-2026#";
        Api.Reply created = Api.as("admin").post("/api/v1/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", "撤销测试").add("password", password).add("roles", Json.createArrayBuilder().add("AUDITOR")).build());
        assertEquals(201, created.status(), created::toString);
        Api.keepChosenPassword(username, password);
        long accountId = created.json().getJsonNumber("id").longValue();

        try (Browser browser = Browser.open()) {
            browser.login(username, password);
            browser.go("/audit");
            browser.waitFor("signed in, on the audit log", () -> browser.currentUrl().endsWith("/audit"));

            revokeSessionsAsAnotherInstance(username);
            Thread.sleep(RECHECK_MILLIS);
            browser.go("/audit");
            browser.waitFor("back on the login page", () -> browser.currentUrl().endsWith("/login"));
            browser.find("#sign-in");

            // the revocation ended the sessions that existed then, not the account: signing in again works and lasts
            browser.login(username, password);
            Thread.sleep(RECHECK_MILLIS);
            browser.go("/audit");
            browser.waitFor("signed in again, still on the audit log", () -> browser.currentUrl().endsWith("/audit"));
        }
        Api.Reply trail = Api.as("auditor").get("/api/v1/audit?action=SESSION_REVOKED&subject=ACCOUNT:" + accountId);
        assertEquals(200, trail.status(), trail::toString);
        assertEquals(1, trail.json().getJsonNumber("total").longValue(), trail::toString);
        assertEquals("sessions revoked", trail.json().getJsonArray("items").getJsonObject(0).getString("detail"));
    }

    /** What a password reset on another instance commits: the revocation moment, by the server's (movable) clock. */
    private static void revokeSessionsAsAnotherInstance(String username) throws SQLException {
        Instant serverNow = Instant.parse(Api.as("admin").get("/api/v1/system/clock").json().getString("now"));
        try (Connection c = XinyuServer.jdbc();
             PreparedStatement st = c.prepareStatement("UPDATE user_account SET sessions_revoked_at = ? WHERE username = ?")) {
            st.setObject(1, LocalDateTime.ofInstant(serverNow, ZoneOffset.UTC)); // the server runs in UTC
            st.setString(2, username);
            assertEquals(1, st.executeUpdate());
        }
    }
}
