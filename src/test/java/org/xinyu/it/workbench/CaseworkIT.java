package org.xinyu.it.workbench;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xinyu.it.XinyuServer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The head teacher's three concerning observations raise a student from LOW to HIGH (policy: 3 observations of
 * severity 2 or more within 30 days); the counsellor finds the student in the queue's HIGH group, opens the
 * case, completes the follow-ups due first, and the queue's next-due column moves on.
 */
class CaseworkIT {

    static final String HIGH = "橙色（高）";
    /** In a graduating class every student is at least LOW (the graduating year is a risk factor): start from LOW. */
    static final String LOW = "蓝色（关注）";

    @Test
    void observations_raise_a_student_to_high_and_the_counsellor_works_the_case() {
        try (Browser browser = Browser.open()) {
            browser.login("teacher", XinyuServer.DEMO_PASSWORD);
            browser.waitFor("my class", () -> browser.driver.getCurrentUrl().endsWith("/class"));
            browser.find("#roster-grid");
            browser.screenshot("class-roster");
            browser.choose("roster-priority", LOW);
            browser.js("document.getElementById('roster-grid').scrollIntoView();");
            String studentNo = browser.waitFor("a student at LOW", () -> browser.gridRows("roster-grid").stream()
                    .filter(r -> r.startsWith(LOW) && !r.contains("待办")).map(r -> r.split(" \\| ")[2]).findFirst().orElse(null));

            browser.type("roster-search", studentNo);
            browser.choose("roster-priority", "全部"); // the student leaves LOW with the first observation
            browser.waitFor("the roster shows only that student", () -> browser.gridRows("roster-grid").size() == 1);
            for (int i = 1; i <= 3; i++) {
                // two interactions: the row's button, then save (category and severity come preselected)
                browser.click("vaadin-button.observe[data-student-no='" + studentNo + "']");
                browser.find("#observation-save");
                if (i == 1) {
                    browser.screenshot("observation-dialog");
                }
                browser.click("#observation-save");
                browser.waitFor("the dialog closed", () -> browser.driver.findElements(By.id("observation-save")).isEmpty());
            }
            String row = browser.waitFor("the student is HIGH", () -> {
                List<String> rows = browser.gridRows("roster-grid");
                return rows.size() == 1 && rows.get(0).startsWith(HIGH) ? rows.get(0) : null;
            });
            assertTrue(row.contains(studentNo));
            browser.assertTranslated("my class");
            browser.screenshot("class-student-high");
            browser.logout();

            browser.login("counsellor", XinyuServer.DEMO_PASSWORD);
            browser.waitFor("the case queue", () -> browser.driver.getCurrentUrl().endsWith("/queue"));
            browser.click("#count-HIGH");
            List<String> high = browser.waitFor("the HIGH group with the student", () -> {
                List<String> rows = browser.gridRows("queue-grid");
                return rows.stream().anyMatch(r -> r.contains(studentNo)) ? rows : null;
            });
            assertTrue(high.stream().allMatch(r -> r.startsWith(HIGH)), "the filter shows the HIGH group only: " + high);
            browser.screenshot("queue-high-group");

            browser.type("filter-search", studentNo);
            String before = browser.waitFor("the student's queue row", () -> {
                List<String> rows = browser.gridRows("queue-grid");
                return rows.size() == 1 && rows.get(0).contains(studentNo) ? rows.get(0) : null;
            });
            String dueBefore = before.split(" \\| ")[4];
            assertFalse(dueBefore.isBlank(), "a HIGH case has a follow-up due: " + before);

            browser.click("#queue-grid a.student-link");
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
            browser.type("filter-search", studentNo);
            String after = browser.waitFor("the student's queue row again", () -> {
                List<String> rows = browser.gridRows("queue-grid");
                return rows.size() == 1 && rows.get(0).contains(studentNo) ? rows.get(0) : null;
            });
            String dueAfter = after.split(" \\| ")[4];
            assertNotEquals(dueBefore, dueAfter, "the completed follow-ups left the queue's next-due column");
            assertEquals(HIGH, after.split(" \\| ")[0]);
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
