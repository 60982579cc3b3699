package org.xinyu.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseworkIT {

    private static JsonObject open(JsonObject c, String type) {
        return c.getJsonArray("followUps").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("type").equals(type) && f.getString("status").equals("OPEN")).findFirst().orElse(null);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    @Test
    void the_head_teacher_completes_a_check_in_and_the_next_one_recurs() {
        long student = Fixtures.student(9, 1, "POOR").getJsonNumber("id").longValue();
        JsonObject c = Fixtures.caseOf(student);
        assertEquals("LOW", c.getString("priority"));
        JsonObject checkIn = open(c, "CHECK_IN");
        assertNotNull(checkIn);
        Api.Reply done = Api.as("teacher").post("/api/v1/cases/" + id(c) + "/followups/" + id(checkIn) + "/complete",
                Json.createObjectBuilder().add("note", "谈话正常").build());
        assertEquals(200, done.status(), done::toString);
        JsonObject next = open(done.json(), "CHECK_IN");
        assertNotNull(next, "a completed check-in is followed by the next one");
        assertTrue(id(next) != id(checkIn));
        Api.Reply again = Api.as("teacher").post("/api/v1/cases/" + id(c) + "/followups/" + id(checkIn) + "/complete", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(409, again.status(), "completing twice is a conflict");
    }

    @Test
    void a_head_teacher_cannot_complete_a_counsellors_follow_up() {
        long student = Fixtures.student(9, 1).getJsonNumber("id").longValue();
        assertEquals(201, Fixtures.screening(student, "PHQ9", 3, 3, 3, 3, 3, 3, 2, 0, 0).status());
        JsonObject c = Fixtures.caseOf(student);
        JsonObject session = open(c, "COUNSELLING_SESSION");
        assertEquals(403, Api.as("teacher").post("/api/v1/cases/" + id(c) + "/followups/" + id(session) + "/complete",
                JsonValue.EMPTY_JSON_OBJECT).status());
        assertEquals(200, Api.as("counsellor").post("/api/v1/cases/" + id(c) + "/followups/" + id(session) + "/complete",
                Json.createObjectBuilder().add("note", "首次个别辅导").build()).status());
    }

    @Test
    void a_referral_gets_tracking_feedback_follow_ups_until_closed() {
        long student = Fixtures.student(9, 1).getJsonNumber("id").longValue();
        assertEquals(201, Fixtures.screening(student, "PHQ9", 1, 1, 1, 1, 1, 0, 0, 0, 2).status());
        JsonObject c = Fixtures.caseOf(student);
        assertNotNull(open(c, "REFERRAL_DECISION"));
        Api.Reply referred = Api.as("counsellor").post("/api/v1/cases/" + id(c) + "/referrals", Json.createObjectBuilder()
                .add("institution", "渭南市精神卫生中心").add("reason", "持续自伤念头").add("parentConsent", true).build());
        assertEquals(201, referred.status(), referred::toString);
        JsonObject after = referred.json();
        assertTrue(open(after, "REFERRAL_DECISION") == null, "the referral is the referral decision");
        JsonObject feedback = open(after, "REFERRAL_FEEDBACK");
        assertNotNull(feedback, "an open referral needs tracking feedback");
        JsonObject referral = after.getJsonArray("referrals").getJsonObject(0);
        Api.Reply invalid = Api.as("counsellor").put("/api/v1/cases/" + id(c) + "/referrals/" + id(referral),
                Json.createObjectBuilder().add("status", "LOST").add("version", referral.getInt("version")).build());
        assertEquals(400, invalid.status());
        Api.Reply closed = Api.as("counsellor").put("/api/v1/cases/" + id(c) + "/referrals/" + id(referral), Json.createObjectBuilder()
                .add("status", "CLOSED").add("feedback", "已就诊，医院建议门诊随访").add("version", referral.getInt("version")).build());
        assertEquals(200, closed.status(), closed::toString);
        assertTrue(open(closed.json(), "REFERRAL_FEEDBACK") == null, "a closed referral needs no more feedback");
        assertEquals("已就诊，医院建议门诊随访", closed.json().getJsonArray("referrals").getJsonObject(0).getString("feedback"));
    }

    @Test
    void a_home_visit_updates_the_last_visit_and_the_next_due_date() {
        long student = Fixtures.student(9, 1, "LEFT_BEHIND").getJsonNumber("id").longValue();
        JsonObject before = Fixtures.caseOf(student);
        assertEquals(30, before.getJsonObject("homeVisit").getInt("intervalDays"));
        assertTrue(before.getJsonObject("homeVisit").getBoolean("absentParentContactRequired"));
        Api.Reply visit = Api.as("teacher").post("/api/v1/cases/" + id(before) + "/home-visits", Json.createObjectBuilder()
                .add("visitedOn", LocalDate.now().toString()).add("mode", "IN_PERSON").add("contactedAbsentParent", true).build());
        assertEquals(201, visit.status(), visit::toString);
        JsonObject after = Fixtures.caseOf(student);
        assertEquals(LocalDate.now().toString(), after.getJsonObject("homeVisit").getString("lastVisitOn"));
        assertTrue(after.getJsonObject("homeVisit").getBoolean("absentParentContactReached"));
        assertFalse(LocalDate.parse(after.getJsonObject("homeVisit").getString("nextDueBy")).isBefore(LocalDate.now()));
        Api.Reply badMode = Api.as("teacher").post("/api/v1/cases/" + id(before) + "/home-visits",
                Json.createObjectBuilder().add("mode", "LETTER").build());
        assertEquals(400, badMode.status());
        assertEquals("mode", badMode.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void a_case_is_closed_only_once_its_priority_is_none_and_the_closing_is_audited() {
        long student = Fixtures.student(7, 1).getJsonNumber("id").longValue(); // not a graduating year
        assertEquals(201, Fixtures.screening(student, "PHQ9", 1, 1, 1, 1, 1, 1, 0, 0, 0).status()); // total 6: mild, LOW
        JsonObject c = Fixtures.caseOf(student);
        assertEquals("LOW", c.getString("priority"));
        Api.Reply refused = Api.as("counsellor").post("/api/v1/cases/" + id(c) + "/close", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("case.notClosable", refused.json().getString("code"), refused::toString);
        assertEquals("case.notClosable", refused.json().getJsonArray("errors").getJsonObject(0).getString("code"));

        assertEquals(201, Api.as("counsellor").post("/api/v1/cases/" + id(c) + "/assessments",
                Json.createObjectBuilder().add("conclusion", "NONE").add("note", "面谈后情绪平稳").build()).status());
        Api.Reply closed = Api.as("counsellor").post("/api/v1/cases/" + id(c) + "/close", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("CLOSED", closed.json().getString("status"));
        Api.Reply again = Api.as("counsellor").post("/api/v1/cases/" + id(c) + "/close", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("case.alreadyClosed", again.json().getString("code"), again::toString);

        JsonObject audit = AdministrationApiIT.audit("CASE_CLOSE", "CASE:" + id(c));
        assertEquals(1, audit.getJsonNumber("total").intValue(), audit::toString);
        assertEquals("counsellor", audit.getJsonArray("items").getJsonObject(0).getString("actor"), audit::toString);
    }
}
