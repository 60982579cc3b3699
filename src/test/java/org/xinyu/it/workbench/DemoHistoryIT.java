package org.xinyu.it.workbench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.XinyuServer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo district on a first start has a semester behind it (issue 12): home visits done and missed, follow-ups
 * completed on time and late and others overdue now, and escalations at both levels of the network, so that
 * 上报与升级, 数据概览 and 只看逾期 show something to a new user. Read as the first school's demo accounts.
 */
class DemoHistoryIT {

    @Test
    void the_first_school_has_home_visits_done_and_students_past_their_own_interval() {
        try (Browser browser = Browser.open()) {
            browser.login("counsellor", XinyuServer.DEMO_PASSWORD);
            browser.waitFor("the case queue", () -> browser.driver.getCurrentUrl().endsWith("/queue"));
            browser.go("/dashboard");
            String visits = figure(browser, "dashboard-visits"); // "visited / students ..."
            String[] parts = visits.split("\\s*/\\s*");
            long visited = Long.parseLong(parts[0].replaceAll("\\D", ""));
            long students = Long.parseLong(parts[1].split("\\s")[0].replaceAll("\\D", ""));
            assertTrue(visited > 0 && visited < students, "some, not all, students visited this semester: " + visits);
            assertTrue(Long.parseLong(figure(browser, "dashboard-visits-overdue")) > 0, "some students are past their own interval");
            browser.screenshot("demo-dashboard");
        }
    }

    @Test
    void follow_ups_were_completed_on_time_and_late_and_some_are_overdue_now() {
        Api counsellor = Api.as("counsellor");
        Api.Reply overdue = counsellor.get("/api/v1/cases?overdue=true&size=100");
        assertEquals(200, overdue.status(), overdue::toString);
        assertTrue(overdue.json().getJsonNumber("total").longValue() > 0, "只看逾期 lists cases");
        List<JsonObject> followUps = new ArrayList<>();
        for (JsonValue item : counsellor.get("/api/v1/cases?size=60").json().getJsonArray("items")) {
            long caseId = item.asJsonObject().getJsonNumber("caseId").longValue();
            counsellor.get("/api/v1/cases/" + caseId).json().getJsonArray("followUps").forEach(f -> followUps.add(f.asJsonObject()));
        }
        List<JsonObject> done = followUps.stream().filter(f -> f.getString("status").equals("DONE")).toList();
        assertTrue(done.stream().anyMatch(f -> !completed(f).isAfter(due(f))), "some completed on time: " + done.size());
        assertTrue(done.stream().anyMatch(f -> completed(f).isAfter(due(f))), "some completed late: " + done.size());
        assertTrue(done.stream().allMatch(f -> !f.isNull("completedBy") && !f.getString("completedBy").startsWith("demo")),
                "completed by the staff themselves");
    }

    @Test
    void an_escalation_waits_at_each_level_of_the_network() {
        List<JsonObject> leader = escalations("leader");
        Set<String> levels = leader.stream().map(e -> e.getString("level")).collect(Collectors.toSet());
        assertEquals(Set.of("GRADE_LEADER", "SCHOOL_LEADERSHIP"), levels, "the school's leadership sees both levels");
        List<JsonObject> gradeLeader = escalations("gradelead");
        assertFalse(gradeLeader.isEmpty(), "the grade leader of grade 9 has escalations");
        assertTrue(gradeLeader.stream().allMatch(e -> e.getInt("grade") == 9), "all of the grade leader's grade");
        assertTrue(gradeLeader.stream().anyMatch(e -> e.getString("level").equals("GRADE_LEADER")), "one waits at the grade leader");
    }

    @Test
    void an_escalated_case_shows_when_it_was_escalated_in_its_history() {
        List<JsonObject> escalations = escalations("leader");
        JsonObject escalation = escalations.get(0);
        List<JsonObject> history = historyOf(escalation);
        assertTrue(history.stream().anyMatch(e -> e.getString("kind").equals("ESCALATION")), history.toString());
        // what opened the case is in its timeline: the evaluation that raised it (a family circumstance, such as a
        // left-behind child, is a fact the timeline shows only through that evaluation), and across the escalated
        // cases the screenings, observations and visits of the semester the demo replayed
        assertTrue(history.stream().anyMatch(e -> e.getString("kind").equals("EVALUATION")
                && !"NONE".equals(e.getJsonObject("details").getString("priority", "NONE"))), () -> "the raising evaluation: " + history);
        assertTrue(escalations.stream().limit(20).map(DemoHistoryIT::historyOf).anyMatch(h -> h.stream().anyMatch(e ->
                        e.getString("kind").equals("HOME_VISIT") || e.getString("kind").equals("SCREENING")
                                || e.getString("kind").equals("OBSERVATION"))), "facts in the escalated cases' timelines");
    }

    private static List<JsonObject> historyOf(JsonObject escalation) {
        return Api.as("counsellor").get("/api/v1/cases/" + escalation.getJsonNumber("caseId").longValue() + "/history")
                .array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<JsonObject> escalations(String account) {
        Api.Reply reply = Api.as(account).get("/api/v1/escalations");
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static OffsetDateTime completed(JsonObject f) {
        return OffsetDateTime.parse(f.getString("completedAt"));
    }

    private static OffsetDateTime due(JsonObject f) {
        return OffsetDateTime.parse(f.getString("dueAt"));
    }

    private static String figure(Browser browser, String id) {
        return browser.find("#" + id + " .count-number").getText().trim();
    }
}
