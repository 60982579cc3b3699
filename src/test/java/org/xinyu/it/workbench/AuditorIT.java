package org.xinyu.it.workbench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;
import org.xinyu.it.XinyuServer;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auditor reads the audit log, verifies the chain, and sees a case's whole timeline, or a student's without a case. */
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

            ChineseEverywhereIT.pick(browser, "audit-action", "校验审计链", "校验审计链");
            browser.click("#audit-search");
            browser.waitFor("the verification is itself in the log",
                    () -> browser.gridRows("audit-grid").stream().anyMatch(r -> r.contains("校验审计链") && r.contains("auditor")));

            // the system's own entries: named in Chinese, with the stored name the actor filter searches for
            browser.type("audit-actor", "system");
            ChineseEverywhereIT.pick(browser, "audit-action", "发布规则集", "发布规则集");
            browser.click("#audit-search");
            browser.waitFor("version 1, published by the system at the first start",
                    () -> browser.gridRows("audit-grid").stream().anyMatch(r -> r.contains("发布规则集") && r.contains("系统（system）")));

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

    @Test
    void the_auditor_sees_the_timeline_of_a_student_who_never_had_a_case() {
        JsonObject student = Fixtures.student(8, 2);
        long id = student.getJsonNumber("id").longValue();
        String studentNo = student.getString("studentNo");
        // an observation about the student, too old (120 days) for any rule to raise a warning level
        Api.Reply observed = Api.as("counsellor").post("/api/v1/students/" + id + "/observations", Json.createObjectBuilder()
                .add("category", "LOW_MOOD").add("severity", 1).add("observedOn", LocalDate.now().minusDays(120).toString())
                .add("note", "旧的观察记录").build());
        assertEquals(201, observed.status(), observed::toString);
        Api.Reply noCase = Api.as("counsellor").get("/api/v1/students/" + id + "/case");
        assertEquals(404, noCase.status(), () -> "the student has no case file: " + noCase);

        try (Browser browser = Browser.open()) {
            browser.login("auditor", XinyuServer.DEMO_PASSWORD);
            browser.go("/history");
            browser.type("history-student", studentNo);
            browser.click("#history-find");
            browser.waitFor("the student found", () -> browser.gridRows("history-students").stream().anyMatch(r -> r.contains(studentNo)));
            browser.click("#history-students vaadin-grid-cell-content");
            assertEquals("", errorNotification(browser), "no error notification");
            browser.waitFor("the student's timeline", () -> browser.find("#timeline").isDisplayed() && !browser.gridRows("timeline").isEmpty());
            String heading = browser.find("#history-heading").getText();
            assertTrue(heading.contains(studentNo) && heading.contains("无个案档案"), heading);
            assertTrue(browser.gridRows("timeline").stream().anyMatch(r -> r.contains("观察记录") && r.contains("情绪低落")),
                    () -> "the observation is on the timeline: " + browser.gridRows("timeline"));
            assertTrue(browser.gridRows("timeline").stream().anyMatch(r -> r.contains("记录观察")),
                    () -> "the audited writes about the student are on the timeline: " + browser.gridRows("timeline"));
            assertEquals("", errorNotification(browser), "no error notification");
            browser.assertTranslated("a student's timeline without a case");
        }

        // the read of the student's timeline is itself audited
        Api.Reply audit = Api.as("auditor").get("/api/v1/audit?subject=STUDENT:" + id + "&action=STUDENT_HISTORY_READ&size=100");
        assertEquals(200, audit.status(), audit::toString);
        assertTrue(audit.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> "auditor".equals(e.getString("actor"))), () -> "the auditor's read is in the audit trail: " + audit.body());
    }

    /** The text of the workbench's error notification (WorkbenchErrorHandler) when one is open, else "". */
    private static String errorNotification(Browser browser) {
        return (String) browser.js("const e = document.querySelector("
                + "'vaadin-notification-card .error-message, vaadin-notification-card[theme~=\"error\"]');"
                + " return e ? (e.innerText.trim() || 'an error notification') : '';");
    }
}
