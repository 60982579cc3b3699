package org.xinyu.it.workbench;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xinyu.it.Fixtures;
import org.xinyu.it.XinyuServer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a new user's tour of the workbench found (issue 12 section 5): the case file and the queue. */
class NewUserTourIT {

    @Test
    void completing_a_follow_up_keeps_the_case_file_on_its_tab() {
        long student = Fixtures.student(8, 2).getJsonNumber("id").longValue();
        assertEquals(201, Fixtures.screening(student, "PHQ9", 3, 3, 3, 3, 3, 3, 2, 0, 0).status());
        JsonObject c = Fixtures.caseOf(student);
        try (Browser browser = Browser.open()) {
            browser.login("counsellor", XinyuServer.DEMO_PASSWORD);
            browser.go("/case/" + c.getJsonNumber("id"));
            CaseworkIT.openTab(browser, "跟进任务");
            browser.find("#followup-grid vaadin-button.complete-followup").click();
            browser.settle();
            browser.type("followup-note", "已与学生面谈。");
            browser.click("#followup-save");
            browser.waitFor("the dialog closed", () -> browser.driver.findElements(By.id("followup-save")).isEmpty());
            String selected = browser.waitFor("a selected tab", () -> {
                List<WebElement> tabs = browser.driver.findElements(By.cssSelector("vaadin-tab[selected]"));
                return tabs.isEmpty() ? null : tabs.get(0).getText().trim();
            });
            assertEquals("跟进任务", selected, "the case file stays on the tab the user was on");
        }
    }

    @Test
    void the_queue_says_why_it_is_empty_when_only_overdue_cases_are_shown() {
        try (Browser browser = Browser.open()) {
            browser.login("counsellor", XinyuServer.DEMO_PASSWORD);
            browser.go("/queue");
            browser.find("#filter-overdue").click();
            browser.settle();
            browser.type("filter-search", "没有这个学生-" + Fixtures.uniqueNo());
            browser.find("#filter-search input").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.settle();
            browser.waitFor("the empty grid's message", () -> browser.bodyText().contains("没有跟进任务逾期的个案"));
            assertTrue(browser.gridRows("queue-grid").isEmpty());
        }
    }
}
