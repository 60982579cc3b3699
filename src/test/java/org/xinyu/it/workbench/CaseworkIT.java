package org.xinyu.it.workbench;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance test: the head teacher enters observations that raise a student to HIGH (policy: 3
 * observations of severity 2 or more within 30 days), and the counsellor's queue shows that student at the top
 * of the HIGH group (highest priority first, then earliest next due). In a school of its own, so that the
 * queue's order is known: a CRISIS student, an older HIGH case whose first follow-ups are already done, a
 * MEDIUM and the LOW target. The counsellor then opens the case and completes the follow-ups due first.
 */
class CaseworkIT {

    static final String CRISIS = "红色（危机）";
    static final String HIGH = "橙色（高）";
    static final String MEDIUM = "黄色（中）";
    static final String LOW = "蓝色（关注）";

    @Test
    void observations_raise_a_student_to_high_and_the_counsellors_queue_shows_it_first_in_the_high_group() {
        FreshSchool school = FreshSchool.create();
        JsonObject crisis = school.student("危机学生");
        school.phq9(FreshSchool.id(crisis), 1, 1, 1, 1, 1, 1, 0, 0, 2); // item 9 = 2
        JsonObject olderHigh = school.student("早期高危学生");
        school.phq9(FreshSchool.id(olderHigh), 0, 0, 0, 0, 0, 0, 0, 0, 1); // item 9 = 1
        JsonObject medium = school.student("中等学生", "LEFT_BEHIND", "POOR", "SINGLE_PARENT"); // 3 risk factors
        JsonObject target = school.student("目标学生", "LEFT_BEHIND"); // 1 risk factor
        String targetNo = target.getString("studentNo");
        String olderNo = olderHigh.getString("studentNo");

        assertEquals("CRISIS", school.caseOf(FreshSchool.id(crisis)).getString("priority"));
        assertEquals("MEDIUM", school.caseOf(FreshSchool.id(medium)).getString("priority"));
        assertEquals("LOW", school.caseOf(FreshSchool.id(target)).getString("priority"));
        // the older HIGH case: the counsellor already held the session and contacted the parents (due 3 days after HIGH)
        JsonObject older = school.caseOf(FreshSchool.id(olderHigh));
        assertEquals("HIGH", older.getString("priority"));
        OffsetDateTime olderReached = OffsetDateTime.parse(older.getString("priorityReachedAt"));
        older = school.completeDueBy(older, olderReached.plusDays(3), "已完成首次辅导和家校沟通。");
        assertEquals("HIGH", older.getString("priority"));
        OffsetDateTime olderNextDue = FreshSchool.nextDue(older);
        assertTrue(olderNextDue.isAfter(olderReached.plus(Duration.ofDays(3))),
                "the older HIGH case is next due more than 3 days after it became HIGH: " + olderNextDue);

        try (Browser browser = Browser.open()) {
            browser.login(school.headTeacher, school.headTeacherPassword);
            browser.waitFor("my class", () -> browser.driver.getCurrentUrl().endsWith("/class"));
            browser.find("#roster-grid");
            assertEquals(4, browser.waitFor("the class's four students", () -> {
                List<String> rows = browser.gridRows("roster-grid");
                return rows.size() == 4 ? rows : null;
            }).size());
            browser.screenshot("class-roster");

            browser.type("roster-search", targetNo);
            String start = browser.waitFor("the roster shows only the target", () -> {
                List<String> rows = browser.gridRows("roster-grid");
                return rows.size() == 1 && rows.get(0).contains(targetNo) ? rows.get(0) : null;
            });
            assertTrue(start.startsWith(LOW), "the target starts at LOW: " + start);
            for (int i = 1; i <= 3; i++) {
                // two interactions: the row's button, then save (category and severity come preselected)
                browser.click("vaadin-button.observe[data-student-no='" + targetNo + "']");
                browser.find("#observation-save");
                if (i == 1) {
                    browser.screenshot("observation-dialog");
                }
                browser.click("#observation-save");
                browser.waitFor("the dialog closed", () -> browser.driver.findElements(By.id("observation-save")).isEmpty());
            }
            String row = browser.waitFor("the target is HIGH", () -> {
                List<String> rows = browser.gridRows("roster-grid");
                return rows.size() == 1 && rows.get(0).startsWith(HIGH) ? rows.get(0) : null;
            });
            assertTrue(row.contains(targetNo));
            browser.assertTranslated("my class");
            browser.screenshot("class-student-high");
            browser.logout();

            browser.login(school.counsellor, school.counsellorPassword);
            browser.waitFor("the case queue", () -> browser.driver.getCurrentUrl().endsWith("/queue"));
            browser.find("#queue-grid");
            // the unfiltered queue: CRISIS first, then HIGH with the earliest next due first
            List<String> queue = browser.waitFor("the school's four cases", () -> {
                List<String> rows = browser.gridRows("queue-grid");
                return rows.size() == 4 ? rows : null;
            });
            assertTrue(queue.get(0).startsWith(CRISIS), "CRISIS rows come first: " + queue);
            assertTrue(queue.get(1).startsWith(HIGH) && queue.get(1).contains(targetNo),
                    "the target is the first row of the HIGH group: " + queue);
            assertTrue(queue.get(2).startsWith(HIGH) && queue.get(2).contains(olderNo),
                    "the older HIGH case follows it: " + queue);
            assertTrue(queue.get(3).startsWith(MEDIUM), "then MEDIUM: " + queue);
            browser.assertTranslated("the case queue");
            browser.screenshot("queue-target-first-in-high");

            browser.click("#count-HIGH");
            List<String> high = browser.waitFor("the HIGH group only", () -> {
                List<String> rows = browser.gridRows("queue-grid");
                return rows.size() == 2 ? rows : null;
            });
            assertTrue(high.get(0).contains(targetNo) && high.get(1).contains(olderNo), "the HIGH filter keeps the order: " + high);
            browser.screenshot("queue-high-group");
            browser.click("#count-HIGH"); // the filter off again

            String before = queue.get(1);
            String dueBefore = before.split(" \\| ")[4];
            assertFalse(dueBefore.isBlank(), "a HIGH case has a follow-up due: " + before);

            browser.click("#queue-grid a.student-link[data-student-no='" + targetNo + "']");
            browser.find("#case-why");
            assertTrue(browser.find("#case-why").getText().contains("值得关注的观察记录"), browser.find("#case-why").getText());
            assertTrue(browser.find("#case-rule-set").getText().contains("规则集第 1 版"), browser.find("#case-rule-set").getText());
            browser.assertTranslated("the case file");
            browser.screenshot("case-file");

            // complete every follow-up that is due at the queue's next-due time
            for (int guard = 0; guard < 10; guard++) {
                openTab(browser, "跟进任务");
                browser.find("#followup-grid");
                List<String> rows = browser.gridRows("followup-grid");
                int buttonIndex = -1;
                int withButton = 0;
                for (String r : rows) {
                    boolean completable = r.endsWith("完成");
                    if (completable && r.contains(dueBefore)) {
                        buttonIndex = withButton;
                        break;
                    }
                    if (completable) {
                        withButton++;
                    }
                }
                if (buttonIndex < 0) {
                    assertTrue(guard > 0, "the follow-ups due at " + dueBefore + " are on the case: " + rows);
                    break;
                }
                List<WebElement> buttons = browser.driver.findElements(By.cssSelector("#followup-grid vaadin-button.complete-followup"));
                buttons.get(buttonIndex).click();
                browser.settle();
                browser.type("followup-note", "已与学生面谈，情绪较前稳定。");
                if (guard == 0) {
                    browser.screenshot("followup-complete-dialog");
                }
                browser.click("#followup-save");
                browser.waitFor("the dialog closed", () -> browser.driver.findElements(By.id("followup-save")).isEmpty());
            }
            openTab(browser, "跟进任务");
            browser.screenshot("case-followups-done");

            browser.go("/queue");
            List<String> after = browser.waitFor("the queue again", () -> {
                List<String> rows = browser.gridRows("queue-grid");
                return rows.size() == 4 && rows.get(2).contains(targetNo) ? rows : null;
            });
            String dueAfter = after.get(2).split(" \\| ")[4];
            assertNotEquals(dueBefore, dueAfter, "the completed follow-ups left the queue's next-due column");
            assertTrue(after.get(2).startsWith(HIGH), after.get(2));
            // both HIGH cases now wait for their weekly check-in; the older one is due first
            assertTrue(after.get(1).startsWith(HIGH) && after.get(1).contains(olderNo), "the older HIGH case leads again: " + after);
            browser.screenshot("queue-after-followup");
        }
    }

    static void openTab(Browser browser, String label) {
        browser.waitFor("tab " + label, () -> {
            List<WebElement> tabs = browser.driver.findElements(By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']"));
            if (tabs.isEmpty()) {
                return false;
            }
            tabs.get(0).click();
            return true;
        });
        browser.settle();
    }
}
