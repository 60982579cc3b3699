package org.xinyu.it.workbench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 数据概览 counts home-visit compliance two ways: the notice's floor (visited this semester / every student) and
 * each student's own requirement as the rules decided it (visits past due; left-behind students whose absent
 * parent is still to be reached). In a school of its own, so that the counts are known.
 */
class DashboardIT {

    @Test
    void the_dashboard_counts_absent_parents_still_to_reach_and_a_visit_that_reaches_one_lowers_the_count() {
        FreshSchool school = FreshSchool.create();
        JsonObject first = school.student("留守甲", "LEFT_BEHIND");
        school.student("留守乙", "LEFT_BEHIND");
        school.student("普通丙");

        try (Browser browser = Browser.open()) {
            browser.login(school.counsellor, school.counsellorPassword);
            browser.waitFor("the case queue", () -> browser.driver.getCurrentUrl().endsWith("/queue"));
            browser.go("/dashboard");
            assertEquals("2", figure(browser, "dashboard-absent-parent"), "both left-behind students' absent parents are to be reached");
            assertEquals("0", figure(browser, "dashboard-visits-overdue"), "no student's visit is past due in a school created today");
            assertTrue(figure(browser, "dashboard-visits").startsWith("0 / 3"), figure(browser, "dashboard-visits"));
            browser.assertTranslated("the dashboard");
            browser.screenshot("dashboard-visit-compliance");

            long caseId = FreshSchool.id(school.caseOf(FreshSchool.id(first)));
            Api.Reply visited = school.asCounsellor().post("/api/v1/cases/" + caseId + "/home-visits", Json.createObjectBuilder()
                    .add("visitedOn", LocalDate.now().toString()).add("mode", "IN_PERSON").add("contactedAbsentParent", true)
                    .add("note", "家访，并与在外务工的母亲视频通话").build());
            assertEquals(201, visited.status(), visited::toString);

            browser.go("/dashboard");
            assertEquals("1", figure(browser, "dashboard-absent-parent"), "the parent reached is no longer counted");
            assertTrue(figure(browser, "dashboard-visits").startsWith("1 / 3"), figure(browser, "dashboard-visits"));
        }
    }

    @Test
    void a_wechat_or_phone_visit_counts_for_the_semester_floor_whatever_interval_the_student_has() {
        FreshSchool school = FreshSchool.create();
        // left-behind: a visit every 30 days, in person only; the WeChat visit still is the semester's visit
        JsonObject leftBehind = school.student("微信甲", "LEFT_BEHIND");
        JsonObject plain = school.student("电话乙");
        school.student("未访丙", "POOR");
        visit(school, leftBehind, "WECHAT");
        visit(school, plain, "PHONE");

        try (Browser browser = Browser.open()) {
            browser.login(school.counsellor, school.counsellorPassword);
            browser.waitFor("the case queue", () -> browser.driver.getCurrentUrl().endsWith("/queue"));
            browser.go("/dashboard");
            assertTrue(figure(browser, "dashboard-visits").startsWith("2 / 3"),
                    "the WeChat and the phone visit both count for the semester: " + figure(browser, "dashboard-visits"));
        }
    }

    private static void visit(FreshSchool school, JsonObject student, String mode) {
        Api.Reply visited = school.asCounsellor().post("/api/v1/students/" + FreshSchool.id(student) + "/home-visits",
                Json.createObjectBuilder().add("visitedOn", LocalDate.now().toString()).add("mode", mode)
                        .add("contactedAbsentParent", false).add("note", "学期家访").build());
        assertEquals(201, visited.status(), visited::toString);
    }

    private static String figure(Browser browser, String id) {
        return browser.find("#" + id + " .count-number").getText().trim();
    }
}
