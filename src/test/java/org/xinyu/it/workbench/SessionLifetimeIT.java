package org.xinyu.it.workbench;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.XinyuServer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionLifetimeIT {

    @Test
    void a_workbench_session_ends_eight_hours_after_sign_in_however_active_it_is() {
        try (Browser browser = Browser.open()) {
            browser.login("leader", XinyuServer.DEMO_PASSWORD);
            browser.go("/escalations");
            browser.waitFor("still signed in", () -> browser.driver.getCurrentUrl().endsWith("/escalations"));
            // the server's clock, not the browser's: move it past the absolute lifetime
            Api.Reply moved = Api.as("admin").post("/api/v1/system/clock", Json.createObjectBuilder().add("by", "PT8H1M").build());
            assertEquals(200, moved.status(), moved::toString);
            browser.go("/escalations");
            browser.waitFor("back on the login page", () -> browser.driver.getCurrentUrl().endsWith("/login"));
            browser.find("#sign-in");
        }
    }
}
