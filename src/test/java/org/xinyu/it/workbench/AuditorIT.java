package org.xinyu.it.workbench;

import org.junit.jupiter.api.Test;
import org.xinyu.it.XinyuServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auditor reads the audit log, verifies the chain, and sees a case's whole timeline. */
class AuditorIT {

    @Test
    void the_auditor_verifies_the_chain_and_reads_a_timeline() {
        try (Browser browser = Browser.open()) {
            browser.login("auditor", XinyuServer.DEMO_PASSWORD);
            browser.waitFor("the audit log", () -> browser.driver.getCurrentUrl().endsWith("/audit"));
            browser.find("#audit-grid");
            assertFalse(browser.gridRows("audit-grid").isEmpty(), "the audit log lists entries");

            browser.click("#audit-verify");
            String valid = browser.waitFor("the verification result",
                    () -> browser.find("#verify-result").getAttribute("data-valid"));
            assertEquals("true", valid);
            assertTrue(browser.find("#verify-result").getText().contains("审计链完整"), browser.find("#verify-result").getText());
            browser.assertTranslated("the audit log");
            browser.screenshot("audit-verified");

            browser.type("audit-action", "AUDIT_VERIFY");
            browser.click("#audit-search");
            browser.waitFor("the verification is itself in the log",
                    () -> browser.gridRows("audit-grid").stream().anyMatch(r -> r.contains("AUDIT_VERIFY") && r.contains("auditor")));

            // the system's own entries: named in Chinese, with the stored name the actor filter searches for
            browser.type("audit-actor", "system");
            browser.type("audit-action", "RULESET_PUBLISH");
            browser.click("#audit-search");
            browser.waitFor("version 1, published by the system at the first start",
                    () -> browser.gridRows("audit-grid").stream().anyMatch(r -> r.contains("RULESET_PUBLISH") && r.contains("系统（system）")));

            browser.go("/history");
            browser.type("history-student", "李");
            browser.click("#history-find");
            browser.waitFor("students found", () -> !browser.gridRows("history-students").isEmpty());
            browser.click("#history-students vaadin-grid-cell-content");
            browser.waitFor("the timeline", () -> browser.find("#timeline").isDisplayed() && !browser.gridRows("timeline").isEmpty());
            assertTrue(browser.bodyText().contains("规则评估"), "the timeline shows the rules' evaluations");
            browser.assertTranslated("the case history");
            browser.screenshot("auditor-timeline");
        }
    }
}
