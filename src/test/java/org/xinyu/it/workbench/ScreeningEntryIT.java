package org.xinyu.it.workbench;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A counsellor enters a rescreen in the case file, item by item: an incomplete questionnaire is refused in the
 * form (nothing is stored, the level stays), a complete one is scored by the server and re-evaluates the student
 * before the page shows it (PHQ-9 item 9 = 2: CRISIS with its five follow-ups). A head teacher, who may not
 * record screenings, sees the results but no form.
 */
class ScreeningEntryIT {

    @Test
    void a_counsellor_enters_a_phq9_in_the_case_file_and_the_student_is_re_evaluated_at_once() {
        FreshSchool school = FreshSchool.create();
        JsonObject student = school.student("复筛学生", "LEFT_BEHIND");
        long studentId = FreshSchool.id(student);
        JsonObject before = school.caseOf(studentId);
        assertEquals("LOW", before.getString("priority"));
        long caseId = FreshSchool.id(before);

        try (Browser browser = Browser.open()) {
            browser.login(school.counsellor, school.counsellorPassword);
            browser.waitFor("the case queue", () -> browser.driver.getCurrentUrl().endsWith("/queue"));
            browser.go("/case/" + caseId);
            CaseworkIT.openTab(browser, "心理筛查");
            browser.find("#screening-item-9");

            // nothing answered yet: the form marks the items and stores nothing
            browser.click("#screening-save");
            browser.waitFor("item 1 marked", () -> browser.find("#screening-item-1").getAttribute("invalid") != null);
            assertEquals("LOW", school.caseOf(studentId).getString("priority"), "an incomplete questionnaire changes nothing");
            assertTrue(browser.gridRows("screening-grid").isEmpty(), "no result was stored");

            for (int item = 1; item <= 8; item++) {
                browser.choose("screening-item-" + item, "1");
            }
            browser.choose("screening-item-9", "2");
            browser.assertTranslated("the screening form");
            browser.screenshot("screening-entry");
            browser.click("#screening-save");
            browser.waitFor("the case is CRISIS", () -> !browser.driver.findElements(
                    By.cssSelector(".case-header [data-priority='CRISIS']")).isEmpty());
            CaseworkIT.openTab(browser, "心理筛查");
            List<String> rows = browser.waitFor("the stored result", () -> {
                List<String> r = browser.gridRows("screening-grid");
                return r.size() == 1 ? r : null;
            });
            assertTrue(rows.get(0).contains("PHQ-9") && rows.get(0).contains("10"), "PHQ-9 total 10 with item 9 = 2: " + rows);
            browser.screenshot("screening-entered");
            browser.logout();

            JsonObject after = school.caseOf(studentId);
            assertEquals("CRISIS", after.getString("priority"));
            List<String> open = FreshSchool.openFollowUps(after).stream().map(f -> f.getString("type")).toList();
            assertTrue(open.containsAll(List.of("RISK_ASSESSMENT", "PARENT_NOTIFICATION", "CRISIS_TEAM_NOTIFICATION", "SAFETY_PLAN",
                    "REFERRAL_DECISION")), "CRISIS asks for its five follow-ups: " + open);

            browser.login(school.headTeacher, school.headTeacherPassword);
            browser.waitFor("my class", () -> browser.driver.getCurrentUrl().endsWith("/class"));
            browser.go("/case/" + caseId);
            CaseworkIT.openTab(browser, "心理筛查");
            browser.find("#screening-grid");
            assertTrue(browser.driver.findElements(By.id("screening-save")).isEmpty(), "a head teacher has no screening form");
        }
    }
}
