package org.xinyu.it.workbench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;
import org.xinyu.it.XinyuServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new user's tour in zh-CN (issue 12 section 5): the timeline, the audit log and an error page show words, never a
 * raw code (LOGIN, CASE_QUEUE_READ, ACCOUNT:974, SCREENING, "Case was not found.") — product names such as PHQ-9 aside.
 */
class ChineseEverywhereIT {

    /** Names that are words in Chinese too: the instruments. */
    static final Set<String> ALLOWED = Set.of("PHQ", "GAD");
    /** SNAKE_CASE codes, upper-case words of three letters or more, TYPE:id, and English service messages. */
    static final List<Pattern> RAW = List.of(Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b"),
            Pattern.compile("\\b[A-Z]{3,}\\b"), Pattern.compile("\\b[A-Z]+:\\d*"),
            Pattern.compile("(?i)\\b(was not found|page \\d+|owned by|rule set \\d)"));

    static List<String> rawCodes(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : RAW) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!ALLOWED.contains(m.group())) {
                    found.add(m.group());
                }
            }
        }
        return found;
    }

    static void assertNoRawCode(String where, List<String> texts) {
        List<String> offending = texts.stream().filter(t -> !rawCodes(t).isEmpty()).map(t -> rawCodes(t) + " in: " + t).toList();
        assertEquals(List.of(), offending, "raw codes on " + where);
    }

    @Test
    void the_raw_code_check_finds_what_a_new_user_saw() {
        assertEquals(List.of("SCREENING"), rawCodes("预警等级 橙色（高）（规则集第 1 版，触发：SCREENING）"));
        assertFalse(rawCodes("登录 · CASE_QUEUE_READ · ACCOUNT:974").isEmpty());
        assertFalse(rawCodes("Case was not found.").isEmpty());
        assertEquals(List.of(), rawCodes("PHQ-9 总分 12（中度），测评于 2026年11月30日"));
    }

    @Test
    void the_timeline_the_audit_log_and_an_error_page_speak_chinese() {
        long student = Fixtures.student(8, 2).getJsonNumber("id").longValue();
        String studentNo = Api.as("counsellor").get("/api/v1/students/" + student).json().getString("studentNo");
        assertEquals(201, Fixtures.screening(student, "PHQ9", 2, 2, 1, 1, 2, 1, 1, 2, 0).status());
        assertEquals(201, Fixtures.screening(student, "PHQA", 3, 3, 3, 3, 3, 3, 2, 0, 0).status());
        JsonObject c = Fixtures.caseOf(student);
        long caseId = c.getJsonNumber("id").longValue();
        JsonObject session = c.getJsonArray("followUps").stream().map(JsonValue::asJsonObject)
                .filter(f -> "COUNSELLING_SESSION".equals(f.getString("type"))).findFirst().orElseThrow();
        assertEquals(200, Api.as("counsellor").post("/api/v1/cases/" + caseId + "/followups/" + session.getJsonNumber("id") + "/complete",
                Json.createObjectBuilder().add("note", "首次个别辅导").build()).status());
        // one failed sign-in against the head teacher's account
        assertEquals(401, Api.as("teacher", "not-the-password").get("/api/v1/schools").status());

        try (Browser browser = Browser.open()) {
            // an error page, as the head teacher: translated, inside the frame with its navigation
            browser.login("teacher", XinyuServer.DEMO_PASSWORD);
            browser.go("/case/99999999");
            browser.waitFor("the error page", () -> !browser.driver.findElements(By.cssSelector(".error-view")).isEmpty());
            String page = browser.find(".error-view").getText();
            assertTrue(page.contains("未找到该个案"), page);
            assertFalse(browser.navRoutes().isEmpty(), "the error page keeps the navigation");
            assertNoRawCode("the error page", List.of(browser.bodyText()));
            browser.assertTranslated("the error page");
            browser.screenshot("error-page-zh");
            browser.logout();

            // the audit log: the failed sign-in found by the account's username, every column in words
            browser.login("auditor", XinyuServer.DEMO_PASSWORD);
            browser.go("/audit");
            browser.type("audit-actor", "teacher");
            browser.click("#audit-search");
            browser.waitFor("the failed sign-in against teacher", () -> browser.gridRows("audit-grid").stream()
                    .anyMatch(r -> r.contains("登录") && r.contains("失败") && r.contains("密码错误")));
            assertNoRawCode("the audit log (actor teacher)", browser.gridRows("audit-grid"));

            browser.go("/audit"); // fresh filters
            pick(browser, "audit-subject", studentNo, "学号 " + studentNo);
            browser.click("#audit-search");
            browser.waitFor("the entries about the student", () -> browser.gridRows("audit-grid").stream()
                    .anyMatch(r -> r.contains("录入心理筛查") && r.contains("量表：PHQ-9")));
            assertNoRawCode("the audit log (the student)", browser.gridRows("audit-grid"));
            // a row expands to the stored entry: nothing is cut off
            WebElement bodyCell = browser.waitFor("a body cell", () -> browser.driver.findElements(By.cssSelector("#audit-grid > vaadin-grid-cell-content"))
                    .stream().filter(e -> e.getText().contains("录入心理筛查")).findFirst().orElse(null));
            browser.js("arguments[0].scrollIntoView({block: 'center'});", bodyCell);
            bodyCell.click();
            browser.settle();
            browser.waitFor("the stored entry", () -> !browser.driver.findElements(By.cssSelector(".audit-stored")).isEmpty());

            browser.go("/audit");
            assertNoRawCode("the audit log", browser.gridRows("audit-grid"));
            browser.assertTranslated("the audit log");
            browser.screenshot("audit-log-zh");

            // the timeline of the student's case
            browser.go("/history");
            browser.type("history-student", studentNo);
            browser.click("#history-find");
            browser.waitFor("the student found", () -> browser.gridRows("history-students").stream().anyMatch(r -> r.contains(studentNo)));
            browser.click("#history-students vaadin-grid-cell-content");
            browser.waitFor("the timeline", () -> browser.find("#timeline").isDisplayed() && !browser.gridRows("timeline").isEmpty());
            // the rows' cells, without the empty cell of the (closed) details row at the end
            List<String> rows = browser.gridRows("timeline").stream().map(r -> r.replaceAll("( \\| )+$|( \\|)+$", "")).toList();
            assertNoRawCode("the timeline", rows);
            assertTrue(rows.stream().anyMatch(r -> r.contains("预警等级由") && r.contains("橙色（高）") && r.contains("因为")
                    && r.contains("触发：心理筛查")), () -> "an evaluation in one sentence: " + rows);
            assertTrue(rows.stream().filter(r -> r.contains("预警等级由")).allMatch(r -> r.endsWith("规则引擎")),
                    () -> "evaluations are the rules', not the account called rules: " + rows);
            assertFalse(rows.stream().anyMatch(r -> r.contains("没有规则达到任何等级时为无")), () -> "no NONE rule on a raised case: " + rows);
            assertTrue(rows.stream().anyMatch(r -> r.contains("完成：心理辅导") && r.endsWith("李心怡")),
                    () -> "the completed follow-up by the counsellor's name: " + rows);
            assertTrue(rows.stream().anyMatch(r -> r.contains("PHQ-9") && r.contains("年") && r.contains("日")),
                    () -> "instruments and days as the page writes them: " + rows);
            browser.assertTranslated("the timeline");
            browser.screenshot("timeline-zh");
        }
    }

    /** Types into a combo box and clicks the offered item that contains {@code item}. */
    static void pick(Browser browser, String comboId, String typed, String item) {
        WebElement input = browser.find("#" + comboId + " input");
        input.clear();
        input.sendKeys(typed);
        browser.waitFor("the item " + item, () -> {
            for (WebElement option : browser.driver.findElements(By.cssSelector("vaadin-combo-box-item"))) {
                if (option.getText().contains(item) && option.isDisplayed()) {
                    option.click();
                    return true;
                }
            }
            return false;
        });
        browser.settle();
    }
}
