package org.xinyu.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lax binding and unchecked text the fuzzer found (issue 12 §4): each is a 400 naming the field, and changes nothing. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StrictInputIT {

    private static final Api ADMIN = Fixtures.ADMIN;
    private static final Api COUNSELLOR = Api.as("counsellor");

    private static String code() {
        return "SX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static void assertInvalid(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        List<String> fields = reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.contains(field), "errors name " + field + ": " + reply);
    }

    private static String school(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"district\":\"临渭区\",\"stage\":\"JUNIOR\"}";
    }

    private static long recorded(String action, long student) {
        return Fixtures.auditTotal(Fixtures.query("action", action), Fixtures.query("subject", "STUDENT:" + student));
    }

    @Test
    void content_after_the_json_body_is_refused_and_nothing_is_created() {
        String code = code();
        Api.Reply reply = ADMIN.post("/api/v1/schools", school(code, "尾随测试") + " xyz", "application/json");
        assertInvalid(reply, "body");
        assertEquals(404, ADMIN.get("/api/v1/schools/" + code).status(), "the school was created anyway");
        assertInvalid(ADMIN.post("/api/v1/schools", school(code, "尾随测试") + school(code, "again"), "application/json"), "body");
        assertEquals(201, ADMIN.post("/api/v1/schools", school(code, "尾随测试") + " \n", "application/json").status());
    }

    @Test
    void a_number_sent_as_text_is_not_coerced() {
        String code = code();
        assertEquals(201, ADMIN.post("/api/v1/schools", school(code, "类型测试"), "application/json").status());
        String before = ADMIN.get("/api/v1/schools/" + code + "/classes").body();
        assertInvalid(ADMIN.post("/api/v1/schools/" + code + "/classes", "{\"grade\":\"9\",\"classNo\":1}", "application/json"), "grade");
        assertInvalid(ADMIN.post("/api/v1/schools/" + code + "/classes", "{\"grade\":9,\"classNo\":true}", "application/json"), "classNo");
        assertInvalid(ADMIN.post("/api/v1/schools", "{\"code\":7,\"name\":\"x\",\"district\":\"y\",\"stage\":\"JUNIOR\"}", "application/json"), "code");
        assertEquals(before, ADMIN.get("/api/v1/schools/" + code + "/classes").body(), "a class was created anyway");
    }

    @Test
    void a_fraction_in_a_clinical_score_is_refused_not_truncated() {
        long student = org.xinyu.it.Fixtures.student(8, 1).getJsonNumber("id").longValue();
        String body = "{\"instrument\":\"PHQ9\",\"administeredOn\":\"" + LocalDate.now() + "\",\"answers\":[1.5,1,1,1,1,1,1,1,1]}";
        Api.Reply reply = COUNSELLOR.post("/api/v1/students/" + student + "/screenings", body, "application/json");
        assertInvalid(reply, "answers[0]");
        assertEquals(0, recorded("SCREENING_RECORD", student), "a screening was stored anyway");
    }

    @Test
    void null_circumstances_are_a_400_and_change_nothing() {
        JsonObject student = org.xinyu.it.Fixtures.student(9, 1, "POOR", "LEFT_BEHIND");
        long id = student.getJsonNumber("id").longValue();
        Api.Reply reply = ADMIN.put("/api/v1/students/" + id + "/circumstances", Json.createObjectBuilder()
                .addNull("circumstances").add("version", student.getInt("version")).build());
        assertInvalid(reply, "circumstances");
        Api.Reply missing = ADMIN.put("/api/v1/students/" + id + "/circumstances", Json.createObjectBuilder()
                .add("version", student.getInt("version")).build());
        assertInvalid(missing, "circumstances");
        JsonObject after = ADMIN.get("/api/v1/students/" + id).json();
        assertEquals(2, after.getJsonArray("circumstances").size(), after.toString());
        assertEquals(student.getInt("version"), after.getInt("version"));
    }

    @Test
    void nul_control_bidi_and_lone_surrogate_characters_are_refused_naming_the_field() {
        for (String bad : List.of("\\u0000", "\\u0007", "\\u001b[31m", "\\u202e", "\\u2066", "\\ud800", "\\udc00x", "a\\nb", "\\u0085")) {
            String code = code();
            Api.Reply reply = ADMIN.post("/api/v1/schools", school(code, "学校" + bad + "名"), "application/json");
            assertInvalid(reply, "name");
            assertEquals(404, ADMIN.get("/api/v1/schools/" + code).status(), bad);
        }
        long student = org.xinyu.it.Fixtures.student(9, 1).getJsonNumber("id").longValue();
        Api.Reply note = COUNSELLOR.post("/api/v1/students/" + student + "/observations",
                "{\"category\":\"LOW_MOOD\",\"severity\":1,\"note\":\"第一行\\n第二行\\t缩进\"}", "application/json");
        assertEquals(201, note.status(), "a note may have several lines: " + note);
        assertInvalid(COUNSELLOR.post("/api/v1/students/" + student + "/observations",
                "{\"category\":\"LOW_MOOD\",\"severity\":1,\"note\":\"x\\u0000y\"}", "application/json"), "note");
        Api.Reply query = ADMIN.get("/api/v1/students?q=%00");
        assertInvalid(query, "q");
    }

    @Test
    void facts_dated_before_the_student_was_born_or_before_1900_are_refused() {
        JsonObject student = org.xinyu.it.Fixtures.student(9, 1);
        long id = student.getJsonNumber("id").longValue();
        LocalDate born = LocalDate.parse(student.getString("birthDate"));
        assertInvalid(COUNSELLOR.post("/api/v1/students/" + id + "/observations", Json.createObjectBuilder().add("category", "LOW_MOOD")
                .add("severity", 1).add("observedOn", born.minusDays(1).toString()).build()), "observedOn");
        assertInvalid(COUNSELLOR.post("/api/v1/students/" + id + "/observations", Json.createObjectBuilder().add("category", "LOW_MOOD")
                .add("severity", 1).add("observedOn", "0000-01-01").build()), "observedOn");
        assertInvalid(COUNSELLOR.post("/api/v1/students/" + id + "/screenings", Json.createObjectBuilder().add("instrument", "PHQ9")
                .add("administeredOn", born.minusYears(1).toString())
                .add("answers", Json.createArrayBuilder().add(1).add(1).add(1).add(1).add(1).add(1).add(1).add(1).add(1)).build()),
                "administeredOn");
        assertInvalid(COUNSELLOR.post("/api/v1/students/" + id + "/home-visits", Json.createObjectBuilder().add("mode", "PHONE")
                .add("contactedAbsentParent", true).add("visitedOn", "1899-12-31").build()), "visitedOn");
        assertEquals(0, recorded("OBSERVATION_RECORD", id), "an observation was stored anyway");
        assertEquals(0, recorded("SCREENING_RECORD", id), "a screening was stored anyway");
        assertInvalid(ADMIN.post("/api/v1/students", Json.createObjectBuilder().add("studentNo", org.xinyu.it.Fixtures.uniqueNo())
                .add("name", "日期测试").add("gender", "F").add("birthDate", "0000-01-01").add("schoolCode", org.xinyu.it.Fixtures.SCHOOL)
                .add("grade", 9).add("classNo", 1).build()), "birthDate");
    }

    @Test
    void an_account_created_over_the_api_must_change_its_chosen_password_at_first_sign_in() {
        String username = Fixtures.unique("first");
        Api.Reply created = ADMIN.post("/api/v1/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", "IT " + username).add("password", "Chosen-By-Admin-2026")
                .add("roles", Json.createArrayBuilder().add("AUDITOR")).build());
        assertEquals(201, created.status(), created.toString());
        Api user = Api.as(username, "Chosen-By-Admin-2026");
        Api.Reply refused = user.get("/api/v1/schools");
        assertEquals(403, refused.status(), refused.toString());
        assertEquals("Password expired", refused.json().getString("title"));
        assertEquals(204, user.post("/api/v1/users/me/password", Json.createObjectBuilder().add("currentPassword", "Chosen-By-Admin-2026")
                .add("newPassword", "Mine-Alone-2026-x").build()).status());
        assertEquals(200, Api.as(username, "Mine-Alone-2026-x").get("/api/v1/schools").status());
    }
}
