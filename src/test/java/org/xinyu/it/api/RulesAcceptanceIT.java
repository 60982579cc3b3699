package org.xinyu.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesAcceptanceIT {

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static Map<String, JsonObject> openFollowUps(JsonObject caseFile) {
        return caseFile.getJsonArray("followUps").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("status").equals("OPEN"))
                .collect(Collectors.toMap(f -> f.getString("type"), f -> f));
    }

    private static Duration dueIn(JsonObject caseFile, JsonObject followUp) {
        return Duration.between(OffsetDateTime.parse(caseFile.getString("priorityReachedAt")), OffsetDateTime.parse(followUp.getString("dueAt")));
    }

    @Test
    void a_left_behind_grade_nine_student_with_phq9_of_12_is_high_with_the_policy_follow_ups() {
        long student = id(Fixtures.student(9, 1, "LEFT_BEHIND"));
        Api.Reply scored = Fixtures.screening(student, "PHQ9", 2, 2, 1, 1, 2, 1, 1, 2, 0);
        assertEquals(201, scored.status(), scored::toString);
        assertEquals(12, scored.json().getInt("totalScore"));
        assertEquals("MODERATE", scored.json().getString("band"));

        JsonObject c = Fixtures.caseOf(student);
        assertEquals("HIGH", c.getString("priority"));
        assertEquals(1, c.getInt("ruleSetVersion"));
        Map<String, JsonObject> open = openFollowUps(c);
        assertEquals(Duration.ofDays(3), dueIn(c, open.get("COUNSELLING_SESSION")));
        assertEquals(Duration.ofDays(3), dueIn(c, open.get("PARENT_CONTACT")));
        assertEquals(Duration.ofDays(28), dueIn(c, open.get("RESCREEN")));
        assertEquals(Duration.ofDays(7), dueIn(c, open.get("CHECK_IN")));
        assertEquals(14, c.getJsonObject("homeVisit").getInt("intervalDays"));
        assertFalse(c.getJsonArray("reasons").isEmpty());
        c.getJsonArray("reasons").forEach(r -> assertFalse(r.asJsonObject().getString("rule").isBlank()));
        assertTrue(c.getJsonArray("reasons").stream().anyMatch(r -> "HIGH".equals(r.asJsonObject().getString("level", ""))));
    }

    @Test
    void item9_of_two_is_a_crisis_that_a_better_score_cannot_lower_but_an_assessment_can() {
        long student = id(Fixtures.student(8, 2));
        assertEquals(201, Fixtures.screening(student, "PHQ9", 1, 1, 1, 1, 1, 0, 0, 0, 2).status());
        JsonObject crisis = Fixtures.caseOf(student);
        assertEquals("CRISIS", crisis.getString("priority"));
        assertTrue(openFollowUps(crisis).keySet().containsAll(Set.of("RISK_ASSESSMENT", "PARENT_NOTIFICATION",
                "CRISIS_TEAM_NOTIFICATION", "SAFETY_PLAN", "REFERRAL_DECISION")), openFollowUps(crisis).keySet().toString());
        assertEquals(Duration.ofHours(24), dueIn(crisis, openFollowUps(crisis).get("RISK_ASSESSMENT")));

        // a later PHQ-9 of 0 (another day) leaves it CRISIS
        Api.Reply zero = Api.as("counsellor").post("/api/v1/students/" + student + "/screenings", Json.createObjectBuilder()
                .add("instrument", "PHQ9").add("administeredOn", java.time.LocalDate.now().toString())
                .add("answers", Json.createArrayBuilder().add(0).add(0).add(0).add(0).add(0).add(0).add(0).add(0).add(0)).build());
        // the same day is refused as a duplicate; record it via another instrument code of the same family
        if (zero.status() == 409) {
            zero = Fixtures.screening(student, "PHQA", 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        assertEquals(201, zero.status(), zero::toString);
        assertEquals("CRISIS", Fixtures.caseOf(student).getString("priority"));

        long caseId = id(crisis);
        Api.Reply assessed = Api.as("counsellor").post("/api/v1/cases/" + caseId + "/assessments", Json.createObjectBuilder()
                .add("conclusion", "LOW").add("note", "面谈后风险已降低，安全计划已制定").build());
        assertEquals(201, assessed.status(), assessed::toString);
        JsonObject after = Fixtures.caseOf(student);
        assertEquals("LOW", after.getString("priority"));
        assertEquals("面谈后风险已降低，安全计划已制定", after.getJsonArray("assessments").getJsonObject(0).getString("note"));
        assertFalse(openFollowUps(after).containsKey("RISK_ASSESSMENT"), "the assessment completes the RISK_ASSESSMENT follow-up");
    }

    @Test
    void bad_screenings_are_400_and_store_and_evaluate_nothing() {
        long student = id(Fixtures.student(10 - 3, 2));
        for (Api.Reply bad : List.of(
                Fixtures.screening(student, "PHQ9", 1, 1, 1),
                Fixtures.screening(student, "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1, 4),
                Fixtures.screening(student, "NOPE", 1, 1))) {
            assertEquals(400, bad.status(), bad::toString);
            assertTrue(bad.contentType().startsWith("application/problem+json"));
            assertFalse(bad.json().getJsonArray("errors").isEmpty());
        }
        assertEquals(404, Api.as("counsellor").get("/api/v1/students/" + student + "/case").status(), "no case, nothing evaluated");
    }

    @Test
    void a_follow_up_two_days_overdue_is_escalated_to_the_grade_leader_once_at_the_next_sweep() {
        long student = id(Fixtures.student(9, 1));
        assertEquals(201, Fixtures.screening(student, "PHQ9", 1, 1, 1, 1, 1, 0, 0, 0, 2).status()); // item 9 = 2: CRISIS
        JsonObject before = Fixtures.caseOf(student);
        JsonObject session = openFollowUps(before).get("RISK_ASSESSMENT");
        assertTrue(session != null, openFollowUps(before).keySet().toString());
        // due in 24 hours: move the server's clock to two days and an hour past it
        Duration toDue = Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(session.getString("dueAt")));
        Api.Reply moved = Api.as("admin").post("/api/v1/system/clock", Json.createObjectBuilder()
                .add("by", toDue.plusDays(2).plusHours(1).toString()).build());
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(200, Api.as("admin").post("/api/v1/system/sweep", JsonValue.EMPTY_JSON_OBJECT).status());
        assertEquals(200, Api.as("admin").post("/api/v1/system/sweep", JsonValue.EMPTY_JSON_OBJECT).status());

        JsonObject after = Fixtures.caseOf(student);
        JsonObject escalated = after.getJsonArray("followUps").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonNumber("id").longValue() == session.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        assertEquals("GRADE_LEADER", escalated.getString("escalatedTo"));
        List<JsonObject> history = Api.as("counsellor").get("/api/v1/cases/" + id(after) + "/history").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(1, history.stream().filter(e -> e.getString("kind").equals("ESCALATION")
                && e.getJsonObject("details").getJsonNumber("followUpId").longValue() == session.getJsonNumber("id").longValue()).count(),
                "recorded once");
        boolean gradeLeaderSees = Api.as("gradelead").get("/api/v1/escalations").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getJsonNumber("followUpId").longValue() == session.getJsonNumber("id").longValue());
        assertTrue(gradeLeaderSees, "the grade leader's escalations list it");
    }

    @Test
    void the_history_explains_every_evaluation_with_its_rule_set_version_and_fired_rules() {
        long student = id(Fixtures.student(9, 1, "SINGLE_PARENT"));
        assertEquals(201, Fixtures.screening(student, "GAD7", 3, 3, 3, 3, 3, 0, 0).status());
        JsonObject c = Fixtures.caseOf(student);
        List<JsonObject> history = Api.as("counsellor").get("/api/v1/cases/" + id(c) + "/history").array().stream()
                .map(JsonValue::asJsonObject).toList();
        List<JsonObject> evaluations = history.stream().filter(e -> e.getString("kind").equals("EVALUATION")).toList();
        assertTrue(evaluations.size() >= 2, "creation and screening both evaluated");
        JsonObject last = evaluations.get(evaluations.size() - 1).getJsonObject("details");
        assertEquals(1, last.getInt("ruleSetVersion"));
        assertFalse(last.getJsonArray("firedRules").isEmpty());
        assertTrue(history.stream().anyMatch(e -> e.getString("kind").equals("SCREENING")));
        assertTrue(history.stream().anyMatch(e -> e.getString("kind").equals("AUDIT")), "accesses are part of the timeline");
        for (int i = 1; i < history.size(); i++) {
            assertFalse(OffsetDateTime.parse(history.get(i).getString("at")).isBefore(OffsetDateTime.parse(history.get(i - 1).getString("at"))),
                    "oldest first");
        }
    }

    @Test
    void the_queue_puts_the_highest_priority_first_then_the_earliest_due() {
        long student = id(Fixtures.student(9, 1));
        assertEquals(201, Fixtures.screening(student, "PHQ9", 0, 0, 0, 0, 0, 0, 0, 0, 3).status());
        List<JsonObject> queue = Api.as("counsellor").get("/api/v1/cases?size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
        List<String> order = List.of("CRISIS", "HIGH", "MEDIUM", "LOW", "NONE");
        for (int i = 1; i < queue.size(); i++) {
            assertTrue(order.indexOf(queue.get(i - 1).getString("priority")) <= order.indexOf(queue.get(i).getString("priority")),
                    "priority order at " + i);
        }
        assertEquals("CRISIS", queue.get(0).getString("priority"));
        assertTrue(queue.stream().anyMatch(q -> q.getJsonNumber("studentId").longValue() == student));
        assertEquals(404, Api.as("leader").get("/api/v1/cases/999999999").status());
    }

    @Test
    void queue_filters_by_school_code() {
        JsonObject created = Fixtures.student(9, 1);
        long student = id(created);
        String no = created.getString("studentNo");
        assertEquals(201, Fixtures.screening(student, "PHQ9", 0, 0, 0, 0, 0, 0, 0, 0, 3).status());
        long own = Api.as("admin").get("/api/v1/schools/" + Fixtures.SCHOOL).json().getJsonNumber("id").longValue();
        long other = Api.as("admin").get("/api/v1/schools/WN-PC-001").json().getJsonNumber("id").longValue();

        assertEquals(List.of(student), queuedStudents("auditor", "schoolCode=" + Fixtures.SCHOOL + "&q=" + no));
        assertEquals(List.of(), queuedStudents("auditor", "schoolCode=WN-PC-001&q=" + no), "filtered to the other school");
        assertEquals(List.of(student), queuedStudents("auditor", "schoolCode=" + Fixtures.SCHOOL + "&schoolId=" + own + "&q=" + no));
        assertEquals(List.of(student), queuedStudents("counsellor", "schoolId=" + own + "&q=" + no), "schoolId still works");
        assertEquals(List.of(), queuedStudents("auditor", "schoolId=" + other + "&q=" + no));

        Api.Reply outside = Api.as("counsellor").get("/api/v1/cases?schoolCode=WN-PC-001&size=500");
        assertEquals(200, outside.status(), outside::toString);
        assertEquals(0, outside.json().getJsonNumber("total").longValue(), "a school outside the caller's scope shows nothing");
    }

    @Test
    void an_unknown_school_code_or_one_that_disagrees_with_the_school_id_is_400_on_school_code() {
        long other = Api.as("admin").get("/api/v1/schools/WN-PC-001").json().getJsonNumber("id").longValue();
        for (String query : List.of("schoolCode=NO-SUCH-SCHOOL", "schoolCode=" + Fixtures.SCHOOL + "&schoolId=" + other)) {
            Api.Reply bad = Api.as("counsellor").get("/api/v1/cases?" + query);
            assertEquals(400, bad.status(), bad::toString);
            assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
            assertEquals("schoolCode", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"), bad::toString);
        }
    }

    private static List<Long> queuedStudents(String username, String query) {
        Api.Reply reply = Api.as(username).get("/api/v1/cases?size=500&" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(q -> q.getJsonNumber("studentId").longValue()).toList();
    }
}
