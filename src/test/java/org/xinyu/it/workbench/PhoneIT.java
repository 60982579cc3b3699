package org.xinyu.it.workbench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.xinyu.it.Api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A head teacher between lessons has a phone more often than a tablet: 我的班级 works on a portrait phone of
 * 390x844 (iPhone 12 to 14). The page does not scroll sideways; each roster row shows the student's name and
 * warning level without scrolling the roster sideways; the row's observation button is on screen, big enough to
 * tap, and opens a dialog that fits the screen and saves; the head teacher's follow-ups can be completed; the
 * header keeps the drawer toggle, the language switch and sign-out on screen in one row. Headless Chromium draws a
 * classic 15 px scroll bar where a phone's overlays the page, so a page that scrolls down has 375 px (an iPhone SE's
 * width) to lay out in.
 */
class PhoneIT {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;
    static final String SIZE = WIDTH + "x" + HEIGHT;
    /** WCAG 2.2 (2.5.8 target size, minimum): a pointer target is at least 24 by 24 CSS pixels. */
    static final int MIN_TARGET = 24;

    /**
     * The row of the grid whose cell holds an element with exactly the given text (a student's name), as
     * [that element, the row's warning badge or null, the row's buttons...]. Only rendered cells count: a hidden
     * column has none.
     */
    static final String ROW = """
            const grid = document.getElementById(arguments[0]);
            for (const tr of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                if (tr.hidden || !tr.hasAttribute('aria-rowindex')) continue;
                const cells = [...tr.querySelectorAll('td slot')].map(s => s.assignedElements()[0]).filter(e => !!e);
                const named = cells.flatMap(c => [c, ...c.querySelectorAll('*')])
                    .find(e => e.children.length === 0 && e.textContent.trim() === arguments[1]);
                if (named) {
                    const badge = cells.map(c => c.querySelector('.badge[data-priority]')).find(b => !!b) || null;
                    return [named, badge, ...cells.flatMap(c => [...c.querySelectorAll('vaadin-button')])];
                }
            }
            return null;
            """;

    @Test
    void my_class_works_on_a_phone_in_portrait() {
        FreshSchool school = FreshSchool.create();
        JsonObject crisis = school.student("欧阳思雨");
        school.phq9(FreshSchool.id(crisis), 1, 1, 1, 1, 1, 1, 0, 0, 2); // item 9 = 2
        JsonObject medium = school.student("司马浩然", "LEFT_BEHIND", "POOR", "SINGLE_PARENT"); // 3 risk factors
        JsonObject target = school.student("林小满", "LEFT_BEHIND");
        // two concerning observations already: the head teacher's third within 30 days makes the student HIGH
        for (int i = 0; i < 2; i++) {
            Api.Reply observed = school.asCounsellor().post("/api/v1/students/" + FreshSchool.id(target) + "/observations",
                    Json.createObjectBuilder().add("category", "LOW_MOOD").add("severity", 2).add("note", "课间独自哭泣").build());
            assertEquals(201, observed.status(), observed::toString);
        }
        assertNotEquals("HIGH", school.caseOf(FreshSchool.id(target)).getString("priority"));
        school.student("阿依古丽·买买提"); // a long name, no warning
        String targetNo = target.getString("studentNo");

        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("欧阳思雨", CaseworkIT.CRISIS);
        levels.put("司马浩然", CaseworkIT.MEDIUM);
        levels.put("阿依古丽·买买提", "无预警");

        try (Browser browser = Browser.open()) {
            browser.go("/login");
            browser.viewport(WIDTH, HEIGHT);
            assertFits(browser, "the login page at " + SIZE);
            browser.screenshot("phone-" + SIZE + "-login");
            browser.login(school.headTeacher, school.headTeacherPassword);
            browser.waitFor("my class", () -> browser.currentUrl().endsWith("/class"));
            browser.find("#roster-grid");
            browser.waitFor("the class's four students", () -> browser.gridRows("roster-grid").size() == 4);
            assertFits(browser, "my class at " + SIZE);
            browser.assertTranslated("my class at " + SIZE);
            browser.screenshot("phone-" + SIZE + "-class");

            // the header: menu, language and sign-out on screen, in one row, also beside a long name
            assertHeaderFits(browser, "at " + SIZE);
            browser.js("document.getElementById('frame-user-name').textContent = arguments[0];", "阿依古丽·买买提·吐尔逊（八年级一班班主任）");
            assertHeaderFits(browser, "beside a long name at " + SIZE);
            browser.screenshot("phone-" + SIZE + "-header-long-name");
            browser.js("document.getElementById('frame-user-name').textContent = '测试班主任';");

            // the follow-ups waiting for the head teacher (the red student's parent notification) can be completed
            List<WebElement> followUp = row(browser, "my-followups", "欧阳思雨");
            assertOnScreenUnscrolled(browser, "my-followups", followUp.get(0), "the follow-up's student");
            WebElement complete = followUp.stream().filter(b -> hasClass(b, "complete-my-followup")).findFirst().orElseThrow();
            assertOnScreenUnscrolled(browser, "my-followups", complete, "the follow-up's complete button");
            assertTappable(browser, complete, "the follow-up's complete button");
            browser.screenshot("phone-" + SIZE + "-followups");

            // every student's name and warning level, without scrolling the roster sideways
            for (Map.Entry<String, String> student : levels.entrySet()) {
                List<WebElement> cells = row(browser, "roster-grid", student.getKey());
                assertOnScreenUnscrolled(browser, "roster-grid", cells.get(0), "the name " + student.getKey());
                assertTrue(cells.get(1) != null, "the row of " + student.getKey() + " shows a warning level");
                assertOnScreenUnscrolled(browser, "roster-grid", cells.get(1), "the warning level of " + student.getKey());
                assertEquals(student.getValue(), text(browser, cells.get(1)), "the warning level of " + student.getKey());
            }
            List<WebElement> targetRow = row(browser, "roster-grid", "林小满");
            assertOnScreenUnscrolled(browser, "roster-grid", targetRow.get(0), "the name 林小满");
            assertOnScreenUnscrolled(browser, "roster-grid", targetRow.get(1), "the warning level of 林小满");
            List<Number> roster = tableScroller(browser, "roster-grid");
            assertTrue(roster.get(0).intValue() <= roster.get(1).intValue(),
                    () -> "the roster does not scroll sideways at " + SIZE + ": table scrollWidth " + roster.get(0) + " > clientWidth " + roster.get(1));
            browser.screenshot("phone-" + SIZE + "-roster");

            // the observation: the row's button, then save
            WebElement observe = browser.find("#roster-grid vaadin-button.observe[data-student-no='" + targetNo + "']");
            assertOnScreenUnscrolled(browser, "roster-grid", observe, "the observation button of 林小满");
            assertTappable(browser, observe, "the observation button of 林小满");
            observe.click();
            browser.settle();
            WebElement save = browser.find("#observation-save");
            browser.waitFor("the dialog's save button is reachable at " + SIZE, () -> browser.reachable(save));
            @SuppressWarnings("unchecked")
            List<Number> dialog = (List<Number>) browser.js("""
                    const overlay = document.getElementById('observation-save').closest('vaadin-dialog-overlay')
                        || document.querySelector('vaadin-dialog-overlay[opened]');
                    const box = (overlay.shadowRoot && overlay.shadowRoot.querySelector('[part~="overlay"]')) || overlay;
                    const content = (overlay.shadowRoot && overlay.shadowRoot.querySelector('[part~="content"]')) || box;
                    const r = box.getBoundingClientRect();
                    return [r.left, r.right, r.top, r.bottom, content.scrollWidth, content.clientWidth];
                    """);
            assertTrue(dialog.get(0).doubleValue() >= 0 && dialog.get(1).doubleValue() <= WIDTH,
                    () -> "the observation dialog fits " + WIDTH + " px: left " + dialog.get(0) + ", right " + dialog.get(1));
            assertTrue(dialog.get(4).intValue() <= dialog.get(5).intValue(),
                    () -> "the observation dialog's content does not scroll sideways: " + dialog.get(4) + " > " + dialog.get(5));
            for (String field : new String[]{"observation-category", "observation-severity", "observation-date", "observation-note"}) {
                WebElement element = browser.find("#" + field);
                browser.js("arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'});", element);
                assertWithin(browser, element, 0, WIDTH, "the dialog's field " + field);
            }
            assertTappable(browser, save, "the dialog's save button");
            assertFits(browser, "the observation dialog at " + SIZE);
            browser.screenshot("phone-" + SIZE + "-observation-dialog");
            browser.click("#observation-save");
            browser.waitFor("the dialog closed", () -> browser.driver.findElements(By.id("observation-save")).isEmpty());
            browser.waitFor("林小满 is HIGH after the third concerning observation", () -> {
                List<WebElement> cells = row(browser, "roster-grid", "林小满");
                return cells.get(1) != null && CaseworkIT.HIGH.equals(text(browser, cells.get(1)));
            });
            assertEquals("HIGH", school.caseOf(FreshSchool.id(target)).getString("priority"));
            assertFits(browser, "my class after the observation at " + SIZE);
            browser.screenshot("phone-" + SIZE + "-observation-saved");

            // the navigation: the drawer toggle opens it over the page, a tap beside it closes it
            WebElement toggle = browser.find("vaadin-drawer-toggle");
            browser.js("window.scrollTo(0, 0);");
            if (TabletIT.drawerOpened(browser)) {
                toggle.click();
                browser.waitFor("the drawer closed", () -> !TabletIT.drawerOpened(browser));
            }
            browser.waitFor("the drawer toggle is reachable at " + SIZE, () -> browser.reachable(toggle));
            assertTappable(browser, toggle, "the drawer toggle");
            toggle.click();
            browser.waitFor("the drawer opened at " + SIZE, () -> TabletIT.drawerOpened(browser));
            WebElement classItem = browser.find("#side-nav vaadin-side-nav-item[data-route='class']");
            browser.waitFor("the navigation is on screen at " + SIZE, () -> browser.reachable(classItem));
            Number drawerRight = (Number) browser.js("return document.querySelector('vaadin-app-layout').shadowRoot"
                    + ".querySelector('[part~=\"drawer\"]').getBoundingClientRect().right;");
            assertTrue(drawerRight.doubleValue() <= WIDTH - 40, () -> "the drawer leaves room to tap beside it: right " + drawerRight);
            assertFits(browser, "my class with the navigation open at " + SIZE);
            browser.screenshot("phone-" + SIZE + "-navigation");
            assertTrue(TabletIT.isOverlay(browser), "on a phone the drawer lies over the page");
            new Actions(browser.driver).moveToLocation(WIDTH - 20, HEIGHT / 2).click().perform();
            browser.waitFor("the drawer closed again at " + SIZE, () -> !TabletIT.drawerOpened(browser));
            browser.settle();

            // in English (longer words) the page and the header fit as well
            browser.click("#language-switch");
            browser.find("#roster-grid");
            browser.waitFor("the class's four students", () -> browser.gridRows("roster-grid").size() == 4);
            assertFits(browser, "my class in English at " + SIZE);
            assertHeaderFits(browser, "in English at " + SIZE);
            List<WebElement> english = row(browser, "roster-grid", "司马浩然");
            assertOnScreenUnscrolled(browser, "roster-grid", english.get(0), "the name 司马浩然 in English");
            assertOnScreenUnscrolled(browser, "roster-grid", english.get(1), "the warning level of 司马浩然 in English");
            browser.assertTranslated("my class in English at " + SIZE);
            browser.screenshot("phone-" + SIZE + "-class-en");
            browser.click("#language-switch");
            browser.find("#roster-grid");

            // sign-out is on screen and signs out
            WebElement signOut = browser.find("#sign-out");
            browser.js("window.scrollTo(0, 0);");
            browser.waitFor("sign-out is reachable at " + SIZE, () -> browser.reachable(signOut));
            assertTappable(browser, signOut, "sign-out");
            browser.logout();
        }
    }

    /** No horizontal scrolling of the page: neither the document nor the body is wider than the window. */
    static void assertFits(Browser browser, String where) {
        browser.assertNoHorizontalOverflow(where);
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) browser.js("return [document.scrollingElement.scrollWidth, window.innerWidth];");
        assertTrue(widths.get(0).intValue() <= widths.get(1).intValue(),
                () -> "the page scrolls sideways on " + where + ": scrollWidth " + widths.get(0) + " > innerWidth " + widths.get(1));
    }

    /** The drawer toggle, the language switch and sign-out are on screen, tappable and in one row. */
    static void assertHeaderFits(Browser browser, String where) {
        browser.js("window.scrollTo(0, 0);");
        double row = -1;
        for (String css : new String[]{"vaadin-drawer-toggle", "#language-switch", "#sign-out"}) {
            WebElement element = browser.find(css);
            browser.waitFor(css + " is reachable " + where, () -> browser.reachable(element));
            assertTappable(browser, element, css + " " + where);
            double middle = ((Number) browser.js("const r = arguments[0].getBoundingClientRect(); return (r.top + r.bottom) / 2;",
                    element)).doubleValue();
            if (row < 0) {
                row = middle;
            }
            double first = row;
            assertTrue(Math.abs(middle - first) < 8, () -> css + " is in the header's one row " + where + ": middle " + middle + " vs " + first);
        }
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) browser.js("const b = document.querySelector('.frame-bar');"
                + " return [b.scrollWidth, b.clientWidth, b.getBoundingClientRect().right];");
        assertTrue(bar.get(0).intValue() <= bar.get(1).intValue() && bar.get(2).doubleValue() <= WIDTH,
                () -> "the header does not overflow " + where + ": " + bar);
    }

    @SuppressWarnings("unchecked")
    static List<WebElement> row(Browser browser, String gridId, String name) {
        return browser.waitFor("the row of " + name + " in " + gridId, () -> (List<WebElement>) browser.js(ROW, gridId, name));
    }

    /**
     * The element is entirely inside the grid and the window once the page brings it into view vertically, with
     * the grid's table not scrolled sideways, and not covered (by a frozen column, say).
     */
    static void assertOnScreenUnscrolled(Browser browser, String gridId, WebElement element, String what) {
        browser.js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        List<Number> scroller = tableScroller(browser, gridId);
        assertEquals(0, scroller.get(2).intValue(), () -> what + " is on screen without scrolling " + gridId + " sideways at " + SIZE
                + " (table scrollWidth " + scroller.get(0) + ", clientWidth " + scroller.get(1) + ")");
        Number[] grid = ((List<?>) browser.js("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return [r.left, r.right];", gridId)).toArray(Number[]::new);
        assertWithin(browser, element, Math.max(0, grid[0].doubleValue()), Math.min(WIDTH, grid[1].doubleValue()), what);
        browser.waitFor(what + " is not covered at " + SIZE, () -> browser.reachable(element));
    }

    /** The grid's table: [scrollWidth, clientWidth, scrollLeft]. */
    @SuppressWarnings("unchecked")
    static List<Number> tableScroller(Browser browser, String gridId) {
        return (List<Number>) browser.js("const t = document.getElementById(arguments[0]).shadowRoot.getElementById('table');"
                + " return [t.scrollWidth, t.clientWidth, Math.round(t.scrollLeft)];", gridId);
    }

    static void assertWithin(Browser browser, WebElement element, double left, double right, String what) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) browser.js("const r = arguments[0].getBoundingClientRect(); return [r.left, r.right, r.width];",
                element);
        assertTrue(box.get(2).doubleValue() > 0 && box.get(0).doubleValue() >= left - 0.5 && box.get(1).doubleValue() <= right + 0.5,
                () -> what + " lies within " + Math.round(left) + ".." + Math.round(right) + " px at " + SIZE + ": left "
                        + box.get(0) + ", right " + box.get(1));
    }

    static void assertTappable(Browser browser, WebElement element, String what) {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) browser.js("const r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", element);
        assertTrue(size.get(0).doubleValue() >= MIN_TARGET && size.get(1).doubleValue() >= MIN_TARGET,
                () -> what + " is at least " + MIN_TARGET + "x" + MIN_TARGET + " px: " + size);
    }

    static String text(Browser browser, WebElement element) {
        return ((String) browser.js("return arguments[0].textContent.trim();", element));
    }

    static boolean hasClass(WebElement element, String cls) {
        String classes = element == null ? null : element.getAttribute("class");
        return classes != null && List.of(classes.split("\\s+")).contains(cls);
    }
}
