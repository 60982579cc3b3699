package org.xinyu.it.workbench;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;
import org.xinyu.it.XinyuServer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At 1440 px 账号管理's 密码待修改 is not cut off (issue 12 section 5): the state column no longer takes the width of the first rows only. */
class WideScreenIT {

    /** Whether the element is wholly on screen and on top at both its ends (not under a frozen column, not scrolled off). */
    static boolean wholly(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(browser.js("""
                const e = arguments[0]; const r = e.getBoundingClientRect();
                if (r.width <= 0 || r.left < 0 || r.right > window.innerWidth) { return false; }
                const y = r.top + r.height / 2;
                return [r.left + 1, r.right - 1].every(x => { const h = document.elementFromPoint(x, y); return !!h && (h === e || e.contains(h)); });
                """, element));
    }

    /** Whether the condition holds within the browser's wait (layout settles after the first rows arrive). */
    static boolean eventually(Browser browser, java.util.function.BooleanSupplier condition) {
        try {
            browser.waitFor("the condition", () -> condition.getAsBoolean() ? Boolean.TRUE : null);
            return true;
        } catch (RuntimeException timedOut) {
            return false;
        }
    }

    static String where(Browser browser, WebElement element) {
        return String.valueOf(browser.js("const r = arguments[0].getBoundingClientRect(); const h = document.elementFromPoint(r.right - 1, r.top + r.height / 2);"
                + " return 'left ' + r.left + ' right ' + r.right + ' window ' + window.innerWidth + ' on top: ' + (h ? h.tagName + ' ' + h.textContent.slice(0, 40) : 'none');", element));
    }

    @Test
    void the_accounts_show_password_to_be_changed_whole_at_1440_pixels() {
        String username = "wide-" + Fixtures.uniqueNo().toLowerCase();
        Api.Reply created = Api.as("admin").post("/api/v1/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", "宽屏测试").add("password", "Wide-Screen-2026!").add("roles", Json.createArrayBuilder().add("AUDITOR")).build());
        assertEquals(201, created.status(), created::toString);
        Api.Reply reset = Api.as("admin").post("/api/v1/users/" + username + "/password-reset",
                Json.createObjectBuilder().add("temporaryPassword", "Temporary-Pass-2026!").build());
        assertTrue(reset.status() == 200, reset::toString);
        try (Browser browser = Browser.open()) {
            browser.login("admin", XinyuServer.DEMO_PASSWORD);
            browser.go("/accounts");
            browser.viewport(1440, 900);
            browser.type("accounts-search", username);
            browser.settle();
            WebElement badge = browser.waitFor("the badge", () -> {
                List<WebElement> found = browser.driver.findElements(By.cssSelector(
                        ".account-states[data-username='" + username + "'] [data-state='PASSWORD_EXPIRED']"));
                return found.isEmpty() ? null : found.get(0);
            });
            assertEquals("密码待修改", badge.getText().trim());
            assertTrue(eventually(browser, () -> wholly(browser, badge)), () -> where(browser, badge));
        }
    }

    @Test
    void my_class_shows_its_open_follow_ups_column_whole_at_1440_pixels() {
        try (Browser browser = Browser.open()) {
            browser.login("teacher", XinyuServer.DEMO_PASSWORD);
            browser.viewport(1440, 900);
            browser.go("/class");
            browser.find("#roster-grid");
            browser.waitFor("the roster's rows", () -> !browser.gridRows("roster-grid").isEmpty());
            browser.settle();
            WebElement header = browser.waitFor("the column 待办跟进", () -> browser.driver.findElements(By.xpath(
                    "//vaadin-grid[@id='roster-grid']/vaadin-grid-cell-content[normalize-space(.)='待办跟进']")).stream().findFirst().orElse(null));
            browser.js("arguments[0].scrollIntoView({block: 'center'});", header);
            assertTrue(eventually(browser, () -> wholly(browser, header)), () -> where(browser, header));
        }
    }
}
