package org.xinyu.it.workbench;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.xinyu.it.XinyuServer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Head teachers use the workbench on a tablet between lessons: 我的班级 fits a portrait (768x1024) and a
 * landscape (1024x768) tablet without a horizontal scroll bar, the drawer toggle opens the navigation, and a
 * row's observation button is on screen and opens the dialog. The counsellor's queue and case file fit 1024x768.
 */
class TabletIT {

    static final int[][] TABLET = {{768, 1024}, {1024, 768}};

    @Test
    void my_class_works_on_a_tablet_in_both_orientations() {
        try (Browser browser = Browser.open()) {
            browser.login("teacher", XinyuServer.DEMO_PASSWORD);
            for (int[] size : TABLET) {
                String name = size[0] + "x" + size[1];
                browser.viewport(size[0], size[1]);
                browser.go("/class");
                browser.find("#roster-grid");
                browser.waitFor("the roster's rows", () -> !browser.gridRows("roster-grid").isEmpty());
                browser.assertNoHorizontalOverflow("my class at " + name);
                browser.assertTranslated("my class at " + name);
                browser.screenshot("tablet-" + name + "-class");
                // what a head teacher looks for is on screen without scrolling the roster sideways
                browser.js("document.getElementById('roster-grid').scrollIntoView({block: 'start'});");
                for (String header : new String[]{"预警等级", "学生", "下次家访截止", "操作"}) {
                    WebElement headerCell = browser.waitFor("the column " + header, () -> browser.driver.findElements(
                            By.xpath("//vaadin-grid[@id='roster-grid']/vaadin-grid-cell-content[normalize-space(.)='" + header + "']"))
                            .stream().findFirst().orElse(null));
                    browser.waitFor("the roster's column " + header + " on screen at " + name, () -> browser.reachable(headerCell));
                }

                // the drawer toggle opens the navigation (closing it first where it starts open)
                if (drawerOpened(browser)) {
                    browser.click("vaadin-drawer-toggle");
                    browser.waitFor("the drawer closed at " + name, () -> !drawerOpened(browser));
                }
                browser.click("vaadin-drawer-toggle");
                browser.waitFor("the drawer opened at " + name, () -> drawerOpened(browser));
                WebElement classItem = browser.find("#side-nav vaadin-side-nav-item[data-route='class']");
                browser.waitFor("the navigation is on screen at " + name, () -> browser.reachable(classItem));
                browser.screenshot("tablet-" + name + "-navigation");
                browser.assertNoHorizontalOverflow("my class with the navigation open at " + name);
                if (isOverlay(browser)) { // a drawer over the page: a tap beside it closes it again
                    new Actions(browser.driver).moveToLocation(size[0] - 40, size[1] / 2).click().perform();
                    browser.waitFor("the drawer closed again at " + name, () -> !drawerOpened(browser));
                    browser.settle();
                }

                // a row's observation button: on screen, not covered, opens the dialog
                WebElement observe = browser.find("#roster-grid vaadin-button.observe");
                browser.js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", observe);
                browser.waitFor("the observation button is reachable at " + name, () -> browser.reachable(observe));
                observe.click();
                browser.settle();
                WebElement save = browser.find("#observation-save");
                browser.waitFor("the dialog's save button is reachable at " + name, () -> browser.reachable(save));
                browser.assertNoHorizontalOverflow("the observation dialog at " + name);
                browser.screenshot("tablet-" + name + "-observation-dialog");
                new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
                browser.waitFor("the dialog closed", () -> browser.driver.findElements(By.id("observation-save")).isEmpty());
            }
        }
    }

    @Test
    void the_counsellors_queue_and_case_file_fit_a_landscape_tablet() {
        try (Browser browser = Browser.open()) {
            browser.login("counsellor", XinyuServer.DEMO_PASSWORD);
            browser.viewport(1024, 768);
            browser.go("/queue");
            browser.find("#queue-grid");
            List<String> rows = browser.waitFor("the queue's rows", () -> {
                List<String> r = browser.gridRows("queue-grid");
                return r.isEmpty() ? null : r;
            });
            assertFalse(rows.isEmpty());
            browser.assertNoHorizontalOverflow("the case queue at 1024x768");
            browser.screenshot("tablet-1024x768-queue");

            browser.click("#queue-grid a.student-link");
            browser.find("#case-why");
            browser.assertNoHorizontalOverflow("the case file at 1024x768");
            browser.screenshot("tablet-1024x768-case");
            for (String tab : new String[]{"跟进任务", "风险评估", "家访", "转介", "心理筛查", "时间线"}) {
                CaseworkIT.openTab(browser, tab);
                browser.assertNoHorizontalOverflow("the case file's tab " + tab + " at 1024x768");
            }
            CaseworkIT.openTab(browser, "跟进任务");
            browser.screenshot("tablet-1024x768-case-followups");
            assertTrue(scrolledTo(browser, "#case-summary-open"), "the print-summary button is reachable at 1024x768");
        }
    }

    private static boolean scrolledTo(Browser browser, String css) {
        WebElement element = browser.find(css);
        browser.js("arguments[0].scrollIntoView({block: 'center'});", element);
        return browser.reachable(element);
    }

    static boolean drawerOpened(Browser browser) {
        return Boolean.TRUE.equals(browser.js("return document.querySelector('vaadin-app-layout').hasAttribute('drawer-opened');"));
    }

    static boolean isOverlay(Browser browser) {
        return Boolean.TRUE.equals(browser.js("return document.querySelector('vaadin-app-layout').hasAttribute('overlay');"));
    }
}
