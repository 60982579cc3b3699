package org.xinyu.it.workbench;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordExpiryIT {

    @Test
    void an_expired_password_is_changed_in_the_workbench_before_anything_else() {
        String username = "it-exp-" + Fixtures.uniqueNo().substring(1, 9).toLowerCase();
        String first = "First-Secret-2026x";
        String second = "Second-Secret-2026y";
        Api.Reply created = Api.as("admin").post("/api/v1/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", "过期测试").add("password", first).add("roles", Json.createArrayBuilder().add("COUNSELOR"))
                .add("schoolCode", Fixtures.SCHOOL).build());
        assertEquals(201, created.status(), created::toString);
        assertEquals(200, Api.as("admin").post("/api/v1/users/" + username + "/expire-password", JsonValue.EMPTY_JSON_OBJECT).status());

        try (Browser browser = Browser.open()) {
            browser.go("/login");
            browser.type("username", username);
            browser.type("password", first);
            browser.click("#sign-in");
            browser.waitFor("the change-password page", () -> browser.driver.getCurrentUrl().endsWith("/password"));
            browser.go("/queue");
            browser.waitFor("still the change-password page", () -> browser.driver.getCurrentUrl().endsWith("/password"));
            assertTrue(browser.bodyText().contains("修改密码"));
            browser.assertTranslated("the change-password page");
            browser.screenshot("password-expired");

            browser.type("password-current", first);
            browser.type("password-new", second);
            browser.type("password-repeat", second + "-typo");
            browser.click("#password-save");
            browser.waitFor("the mismatch message", () -> browser.bodyText().contains("两次输入的新密码不一致"));

            browser.type("password-repeat", second);
            browser.click("#password-save");
            browser.waitFor("the start page after the change", () -> !browser.driver.getCurrentUrl().endsWith("/password"));
        }
        assertEquals(200, Api.as(username, second).get("/api/v1/schools").status(), "the new password works on the API too");
        assertEquals(401, Api.as(username, first).get("/api/v1/schools").status());
    }
}
