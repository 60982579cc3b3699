package org.xinyu.it.workbench;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.xinyu.it.XinyuServer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tour of each demo account's day: sign in, land on the role's start page, open every page of the side
 * navigation, check it is translated and shows its content (not an error), and save a screenshot per page
 * ({@code target/screenshots/<account>-<route>.png}) for the issue note.
 */
class DailyJobsIT {

    /** Account, its start page, and the pages its navigation must offer at least (other features may add more). */
    record Day(String account, String home, List<String> pages) {
    }

    static final List<Day> DAYS = List.of(
            new Day("counsellor", "queue", List.of("queue", "class", "escalations", "dashboard")),
            new Day("teacher", "class", List.of("queue", "class")),
            new Day("gradelead", "escalations", List.of("queue", "class", "escalations", "dashboard")),
            new Day("leader", "escalations", List.of("queue", "escalations", "dashboard")),
            new Day("auditor", "audit", List.of("queue", "audit", "history")));

    /** What shows that a known page has its content. */
    static final Map<String, String> CONTENT = Map.of(
            "queue", "#queue-grid",
            "class", "#roster-grid",
            "escalations", "#escalation-grid, #escalations-none",
            "dashboard", "#dashboard-figures",
            "audit", "#audit-grid",
            "history", "#history-student");

    @Test
    void every_demo_account_opens_each_page_of_its_navigation() {
        Map<String, List<String>> toured = new LinkedHashMap<>();
        try (Browser browser = Browser.open()) {
            for (Day day : DAYS) {
                browser.login(day.account(), XinyuServer.DEMO_PASSWORD);
                browser.waitFor(day.account() + " lands on " + day.home(), () -> browser.driver.getCurrentUrl().endsWith("/" + day.home()));
                List<String> nav = browser.navRoutes();
                assertTrue(nav.containsAll(day.pages()), day.account() + "'s navigation offers " + day.pages() + ": " + nav);
                List<String> seen = new ArrayList<>();
                for (String route : nav) {
                    browser.click("#side-nav vaadin-side-nav-item[data-route='" + route + "']");
                    browser.waitFor(day.account() + " on " + route, () -> browser.driver.getCurrentUrl().endsWith("/" + route));
                    browser.find(CONTENT.getOrDefault(route, "vaadin-app-layout h2"));
                    assertTrue(browser.driver.findElements(By.cssSelector(".error-view")).isEmpty(),
                            day.account() + " gets an error on " + route + ": " + browser.bodyText());
                    browser.assertTranslated(route + " as " + day.account());
                    browser.screenshot(day.account() + "-" + route);
                    seen.add(route);
                }
                toured.put(day.account(), seen);
                browser.logout();
            }
        }
        assertEquals(DAYS.size(), toured.size());
        System.out.println("[xinyu-it] daily-jobs tour: " + toured);
    }
}
