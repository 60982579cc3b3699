package org.xinyu.it.workbench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.xinyu.casework.workbench.ShippedRuleNames;
import org.xinyu.it.Api;
import org.xinyu.it.XinyuServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Before a parents' meeting the counsellor prints the case summary: one page without the workbench frame, with the
 * warning level and every reason, the open follow-ups, home visits, referrals, screenings and the latest risk
 * assessment's conclusion, but none of the confidential notes. Read like the case file: audited, and only within
 * the caller's scope (a head teacher of another class gets "not found").
 */
class CaseSummaryIT {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void the_counsellor_prints_a_case_summary_without_confidential_notes_and_other_classes_cannot_reach_it() throws Exception {
        FreshSchool school = FreshSchool.create();
        JsonObject student = school.student("李小梅", "LEFT_BEHIND");
        long studentId = FreshSchool.id(student);
        school.phq9(studentId, 2, 2, 1, 1, 2, 1, 1, 1, 1); // total 12 (moderate), item 9 = 1: HIGH
        JsonObject c = school.caseOf(studentId);
        assertEquals("HIGH", c.getString("priority"));
        long caseId = FreshSchool.id(c);
        String secret = "SECRET-" + student.getString("studentNo");
        String completionNote = secret + "-辅导记录：学生谈到父母长期在外务工";
        String assessmentNote = secret + "-评估记录：有自伤念头但无计划";
        String feedbackNote = secret + "-转介反馈：医院建议门诊随访";
        String visitNote = secret + "-家访记录：母亲在西安务工";
        Api counsellor = school.asCounsellor();

        JsonObject session = FreshSchool.openFollowUps(c).stream().filter(f -> "COUNSELLING_SESSION".equals(f.getString("type")))
                .findFirst().orElseThrow();
        assertEquals(200, counsellor.post("/api/v1/cases/" + caseId + "/followups/" + FreshSchool.id(session) + "/complete",
                Json.createObjectBuilder().add("note", completionNote).build()).status());
        Api.Reply assessed = counsellor.post("/api/v1/cases/" + caseId + "/assessments",
                Json.createObjectBuilder().add("conclusion", "HIGH").add("note", assessmentNote).build());
        assertEquals(201, assessed.status(), assessed::toString);
        Api.Reply referred = counsellor.post("/api/v1/cases/" + caseId + "/referrals", Json.createObjectBuilder()
                .add("institution", "渭南市精神卫生中心").add("reason", "持续情绪低落，需专业评估").add("parentConsent", true).build());
        assertEquals(201, referred.status(), referred::toString);
        JsonObject referral = referred.json().getJsonArray("referrals").getJsonObject(0);
        Api.Reply fedBack = counsellor.put("/api/v1/cases/" + caseId + "/referrals/" + FreshSchool.id(referral), Json.createObjectBuilder()
                .add("status", "ACCEPTED").add("feedback", feedbackNote).add("version", referral.getInt("version")).build());
        assertEquals(200, fedBack.status(), fedBack::toString);
        Api.Reply visited = counsellor.post("/api/v1/cases/" + caseId + "/home-visits", Json.createObjectBuilder()
                .add("visitedOn", LocalDate.now().toString()).add("mode", "IN_PERSON").add("contactedAbsentParent", true)
                .add("note", visitNote).build());
        assertEquals(201, visited.status(), visited::toString);
        c = school.caseOf(studentId);
        assertEquals("HIGH", c.getString("priority"));

        try (Browser browser = Browser.open()) {
            browser.login(school.counsellor, school.counsellorPassword);
            browser.go("/case/" + caseId);
            browser.find("#case-why");
            CaseworkIT.openTab(browser, "风险评估");
            browser.waitFor("the case file shows the counsellor the assessment note", () -> browser.bodyText().contains(assessmentNote));

            browser.click("#case-summary-open");
            browser.waitFor("the summary page", () -> browser.driver.getCurrentUrl().endsWith("/case/" + caseId + "/summary"));
            browser.find("#case-summary");
            assertTrue(browser.driver.findElements(By.cssSelector("vaadin-app-layout, #side-nav")).isEmpty(),
                    "the summary is printed without the workbench frame");

            String facts = browser.find("#summary-student").getText();
            for (String expected : new String[]{"李小梅", student.getString("studentNo"), school.name, "8年级1班", "毕业年级", "否", "留守"}) {
                assertTrue(facts.contains(expected), "the student facts show " + expected + ": " + facts);
            }
            String priority = browser.find("#summary-priority").getText();
            assertTrue(priority.contains("橙色（高）") && priority.contains("规则集第 1 版"), priority);
            // the counsellor's assessment is now the floor, and it reviewed the screening result
            assertTrue(priority.contains("风险评估结论为橙色（高）"), priority);
            assertTrue(priority.contains("家庭情况 留守"), "circumstances in words: " + priority);
            for (JsonValue reason : c.getJsonArray("reasons")) {
                String rule = ShippedRuleNames.inChinese(reason.asJsonObject().getString("rule"));
                assertTrue(priority.contains("规则：" + rule), "every reason is on the summary with its rule in Chinese, also " + rule + ": " + priority);
            }
            String followUps = browser.find("#summary-followups").getText();
            List<JsonObject> open = FreshSchool.openFollowUps(c);
            assertFalse(open.isEmpty());
            for (JsonObject f : open) {
                assertTrue(followUps.contains(dateTime(f.getString("dueAt"))), "open follow-up " + f + " with its due time: " + followUps);
            }
            assertTrue(followUps.contains("家校沟通"), followUps);
            String visits = browser.find("#summary-home-visit").getText();
            int interval = c.getJsonObject("homeVisit").getInt("intervalDays");
            assertTrue(visits.contains("至少每 " + interval + " 天一次") && visits.contains("本周期内已联系"), visits);
            assertTrue(visits.contains(date(LocalDate.parse(c.getJsonObject("homeVisit").getString("lastVisitOn")))), visits);
            String referrals = browser.find("#summary-referrals").getText();
            assertTrue(referrals.contains("渭南市精神卫生中心") && referrals.contains("已接收"), referrals);
            String screenings = browser.find("#summary-screenings").getText();
            assertTrue(screenings.contains("PHQ9") && screenings.contains("12") && screenings.contains("中度"), screenings);
            String assessment = browser.find("#summary-assessment").getText();
            assertTrue(assessment.contains("橙色（高）") && assessment.contains("评估人：" + school.counsellor), assessment);

            assertTrue(browser.find(".summary-footer").getText().endsWith("个案编号 " + caseId), browser.find(".summary-footer").getText());

            String page = browser.bodyText() + browser.driver.getPageSource();
            for (String note : new String[]{secret, "父母长期在外务工", "有自伤念头但无计划", "医院建议门诊随访", "母亲在西安务工"}) {
                assertFalse(page.contains(note), "the summary shows no confidential note text (" + note + ")");
            }
            browser.assertTranslated("the case summary");
            browser.fullPageScreenshot("case-summary");

            // the print stylesheet: no buttons on paper, the sheet itself stays; at A4's width (794 CSS pixels)
            browser.viewport(794, 1123);
            browser.emulateMedia("print");
            assertEquals("none", browser.js("return getComputedStyle(document.getElementById('summary-print')).display;"));
            assertEquals("none", browser.js("return getComputedStyle(document.querySelector('.summary-toolbar')).display;"));
            assertTrue(browser.find("#summary-priority").isDisplayed());
            browser.assertNoHorizontalOverflow("the printed summary at A4 width");
            browser.fullPageScreenshot("case-summary-print");
            browser.emulateMedia("");
            byte[] pdf = Files.readAllBytes(browser.printToPdf("case-summary"));
            assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1), "Chromium prints the summary to PDF");
            browser.viewport(1400, 1000);

            // 打印 opens the browser's print dialog (window.print, replaced here to count the calls)
            browser.js("window.__printed = 0; window.print = () => { window.__printed++; };");
            browser.click("#summary-print");
            browser.waitFor("window.print() was called", () -> ((Number) browser.js("return window.__printed;")).intValue() == 1);

            browser.click("#summary-back");
            browser.waitFor("back on the case file", () -> browser.driver.getCurrentUrl().endsWith("/case/" + caseId));
            browser.find("#case-why");
            browser.logout();

            // the printed summary is audited like reading the case
            Api.Reply audit = Api.as("auditor").get("/api/v1/audit?subject=CASE:" + caseId + "&action=CASE_READ&size=100");
            assertEquals(200, audit.status(), audit::toString);
            assertTrue(audit.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                            .anyMatch(e -> school.counsellor.equals(e.getString("actor")) && "printed summary".equals(e.getString("detail", null))),
                    "the audit trail has the counsellor's printed summary: " + audit.body());

            // a head teacher of another class: not found, as for the case file itself
            browser.login("teacher", XinyuServer.DEMO_PASSWORD);
            for (String path : new String[]{"/case/" + caseId, "/case/" + caseId + "/summary"}) {
                browser.go(path);
                browser.waitFor("not found on " + path, () -> browser.bodyText().contains("未找到该记录"));
                assertFalse(browser.bodyText().contains("李小梅"), "nothing of the student on " + path);
                assertTrue(browser.driver.findElements(By.id("case-summary")).isEmpty());
            }
            browser.screenshot("case-summary-out-of-scope");
            browser.go("/"); // the error page has no frame: sign out from the start page
            browser.logout();

            // the student's own head teacher may print it too, with what a head teacher sees
            browser.login(school.headTeacher, school.headTeacherPassword);
            browser.go("/case/" + caseId + "/summary");
            browser.find("#case-summary");
            assertTrue(browser.find("#summary-priority").getText().contains("橙色（高）"));
            assertTrue(browser.driver.findElements(By.id("summary-assessment")).isEmpty(), "no assessments for a head teacher");
            assertFalse(browser.bodyText().contains(secret));
            browser.screenshot("case-summary-head-teacher");
        }
    }

    static String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ZH).format(day);
    }

    static String dateTime(String isoOffset) {
        var local = OffsetDateTime.parse(isoOffset).atZoneSameInstant(BEIJING);
        return date(local.toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm").format(local);
    }
}
