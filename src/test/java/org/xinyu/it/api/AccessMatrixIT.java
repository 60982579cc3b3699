package org.xinyu.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role × every kind of call × a record in and out of the caller's scope gives the allowed answer:
 * 2xx, 403 for a call the role may not make, 404 for a record outside the scope. Denials are audited.
 */
class AccessMatrixIT {

    private static final List<String> ROLES = List.of("admin", "rules", "counsellor", "leader", "gradelead", "teacher", "auditor");

    private static long inStudent;
    private static long inCase;
    private static long outStudent;
    private static long outCase;

    @BeforeAll
    static void twoCasesInAndOutOfTheDemoSchool() {
        inStudent = Fixtures.student(9, 1).getJsonNumber("id").longValue(); // the demo teacher's class
        assertEquals(201, Fixtures.screening(inStudent, "PHQ9", 3, 3, 3, 3, 3, 3, 2, 0, 0).status());
        inCase = Fixtures.caseOf(inStudent).getJsonNumber("id").longValue();
        Api.Reply other = Api.as("admin").post("/api/v1/students", Json.createObjectBuilder()
                .add("studentNo", Fixtures.uniqueNo()).add("name", "外校学生").add("gender", "M")
                .add("birthDate", LocalDate.now().minusYears(13).toString()).add("schoolCode", "WN-PC-001")
                .add("grade", 7).add("classNo", 1).add("circumstances", Json.createArrayBuilder().add("LEFT_BEHIND")).build());
        assertEquals(201, other.status(), other::toString);
        outStudent = other.json().getJsonNumber("id").longValue();
        Api.Reply outCaseReply = Api.as("auditor").get("/api/v1/students/" + outStudent + "/case");
        assertEquals(200, outCaseReply.status(), "a left-behind student has a LOW case: " + outCaseReply);
        outCase = outCaseReply.json().getJsonNumber("id").longValue();
    }

    private record Row(String call, Function<Api, Api.Reply> request, Map<String, Integer> expected) {
    }

    private static Map<String, Integer> expect(int admin, int rules, int counsellor, int leader, int gradelead, int teacher, int auditor) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("admin", admin);
        m.put("rules", rules);
        m.put("counsellor", counsellor);
        m.put("leader", leader);
        m.put("gradelead", gradelead);
        m.put("teacher", teacher);
        m.put("auditor", auditor);
        return m;
    }

    private static JsonObject observation() {
        return Json.createObjectBuilder().add("category", "LOW_MOOD").add("severity", 1).build();
    }

    private static JsonObject visit() {
        return Json.createObjectBuilder().add("mode", "PHONE").add("contactedAbsentParent", true).build();
    }

    private List<Row> rows() {
        return List.of(
                new Row("GET schools", a -> a.get("/api/v1/schools"), expect(200, 403, 200, 200, 200, 200, 200)),
                new Row("POST schools", a -> a.post("/api/v1/schools", Json.createObjectBuilder().add("code", "M" + Fixtures.uniqueNo().substring(1, 9))
                        .add("name", "矩阵学校").add("district", "华阴市").add("stage", "PRIMARY").build()), expect(201, 403, 403, 403, 403, 403, 403)),
                new Row("GET users", a -> a.get("/api/v1/users"), expect(200, 403, 403, 403, 403, 403, 200)),
                new Row("GET student in scope", a -> a.get("/api/v1/students/" + inStudent), expect(200, 403, 200, 200, 200, 200, 200)),
                new Row("GET student out of scope", a -> a.get("/api/v1/students/" + outStudent), expect(200, 403, 404, 404, 404, 404, 200)),
                new Row("GET case in scope", a -> a.get("/api/v1/cases/" + inCase), expect(403, 403, 200, 200, 200, 200, 200)),
                new Row("GET case out of scope", a -> a.get("/api/v1/cases/" + outCase), expect(403, 403, 404, 404, 404, 404, 200)),
                new Row("GET case history in scope", a -> a.get("/api/v1/cases/" + inCase + "/history"), expect(403, 403, 200, 200, 200, 200, 200)),
                new Row("GET queue", a -> a.get("/api/v1/cases"), expect(403, 403, 200, 200, 200, 200, 200)),
                new Row("GET escalations", a -> a.get("/api/v1/escalations"), expect(403, 403, 200, 200, 200, 403, 403)),
                new Row("POST observation in scope", a -> a.post("/api/v1/students/" + inStudent + "/observations", observation()),
                        expect(403, 403, 201, 403, 201, 201, 403)),
                new Row("POST observation out of scope", a -> a.post("/api/v1/students/" + outStudent + "/observations", observation()),
                        expect(403, 403, 404, 403, 404, 404, 403)),
                new Row("POST home visit in scope", a -> a.post("/api/v1/students/" + inStudent + "/home-visits", visit()),
                        expect(403, 403, 201, 403, 403, 201, 403)),
                new Row("POST home visit out of scope", a -> a.post("/api/v1/students/" + outStudent + "/home-visits", visit()),
                        expect(403, 403, 404, 403, 403, 404, 403)),
                new Row("POST assessment out of scope", a -> a.post("/api/v1/cases/" + outCase + "/assessments",
                        Json.createObjectBuilder().add("conclusion", "LOW").build()), expect(403, 403, 404, 403, 403, 403, 403)),
                new Row("GET audit", a -> a.get("/api/v1/audit?size=1"), expect(403, 403, 403, 403, 403, 403, 200)),
                new Row("GET rulesets", a -> a.get("/api/v1/rulesets"), expect(403, 200, 403, 403, 403, 403, 403)),
                new Row("GET ruleset version", a -> a.get("/api/v1/rulesets/1"), expect(403, 200, 403, 403, 403, 403, 403)),
                new Row("POST sweep", a -> a.post("/api/v1/system/sweep", JsonValue.EMPTY_JSON_OBJECT), expect(200, 403, 403, 403, 403, 403, 403)));
    }

    @TestFactory
    List<DynamicTest> every_role_gets_the_allowed_answer_for_every_call() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (String role : ROLES) {
                int expected = row.expected().get(role);
                tests.add(DynamicTest.dynamicTest(role + " · " + row.call() + " → " + expected, () -> {
                    Api.Reply reply = row.request().apply(Api.as(role));
                    assertEquals(expected, reply.status(), () -> role + " " + row.call() + ": " + reply);
                    if (expected >= 400) {
                        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
                    }
                }));
            }
        }
        return tests;
    }

    @Test
    void confidential_notes_are_shown_to_the_counsellor_only() {
        Api.Reply assessed = Api.as("counsellor").post("/api/v1/cases/" + inCase + "/assessments",
                Json.createObjectBuilder().add("conclusion", "HIGH").add("note", "保密：家庭冲突细节").build());
        assertEquals(201, assessed.status(), assessed::toString);
        JsonObject counsellor = Api.as("counsellor").get("/api/v1/cases/" + inCase).json();
        assertEquals("保密：家庭冲突细节", counsellor.getJsonArray("assessments").getJsonObject(0).getString("note"));
        for (String role : List.of("leader", "teacher", "gradelead", "auditor")) {
            String body = Api.as(role).get("/api/v1/cases/" + inCase).body();
            assertTrue(!body.contains("家庭冲突细节"), role + " must not see the note");
        }
    }

    @Test
    void denials_are_audited() {
        assertEquals(403, Api.as("rules").get("/api/v1/students/" + inStudent).status());
        assertEquals(404, Api.as("teacher").get("/api/v1/students/" + outStudent).status());
        List<JsonObject> rulesDenials = entries("actor=rules&size=100");
        assertTrue(rulesDenials.stream().anyMatch(e -> e.getString("outcome").equals("DENIED")), "rules' 403 is audited");
        List<JsonObject> teacherDenials = entries("actor=teacher&size=200");
        assertTrue(teacherDenials.stream().anyMatch(e -> e.getString("outcome").equals("DENIED")
                && String.valueOf(outStudent).equals(e.getString("targetId", ""))), "the teacher's out-of-scope read is audited");
    }

    private static List<JsonObject> entries(String query) {
        Api.Reply reply = Api.as("auditor").get("/api/v1/audit?" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }
}
