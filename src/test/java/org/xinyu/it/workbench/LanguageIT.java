package org.xinyu.it.workbench;

import org.junit.jupiter.api.Test;
import org.xinyu.it.XinyuServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese by default, English one click away (for the whole session), and back. */
class LanguageIT {

    @Test
    void the_leader_switches_to_english_and_back() {
        try (Browser browser = Browser.open()) {
            browser.login("leader", XinyuServer.DEMO_PASSWORD);
            browser.go("/dashboard");
            browser.waitFor("charts drawn", () -> "true".equals(browser.find("#chart-priorities").getAttribute("data-rendered")));
            assertTrue(browser.bodyText().contains("数据概览"));
            assertEquals("English", browser.find("#language-switch").getText());
            browser.assertTranslated("the dashboard in Chinese");
            browser.screenshot("dashboard-zh");

            browser.click("#language-switch");
            browser.waitFor("English texts", () -> browser.bodyText().contains("Dashboard"));
            browser.waitFor("charts drawn", () -> "true".equals(browser.find("#chart-priorities").getAttribute("data-rendered")));
            assertTrue(browser.bodyText().contains("Home visits this semester"), browser.bodyText());
            assertEquals("中文", browser.find("#language-switch").getText());
            browser.assertTranslated("the dashboard in English");
            browser.screenshot("dashboard-en");

            browser.go("/escalations");
            assertTrue(browser.bodyText().contains("Escalations"), "the choice holds for the session");
            browser.click("#language-switch");
            browser.waitFor("Chinese again", () -> browser.bodyText().contains("上报与升级"));
        }
    }
}
