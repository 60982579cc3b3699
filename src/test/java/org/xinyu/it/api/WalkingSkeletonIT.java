package org.xinyu.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WalkingSkeletonIT {

    @Test
    void the_administrator_sees_the_demo_district() {
        Api.Reply reply = Api.as("admin").get("/api/v1/schools?size=100");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject page = reply.json();
        assertTrue(page.getInt("total") >= 6, "at least six demo schools");
        Set<String> districts = page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(s -> s.getString("district")).collect(Collectors.toSet());
        assertTrue(districts.size() >= 2, "two counties: " + districts);
        JsonObject students = Api.as("admin").get("/api/v1/students?size=1").json();
        assertTrue(students.getInt("total") >= 2000, "at least 2,000 demo students");
    }

    @Test
    void health_is_up_with_the_database_and_openapi_lists_every_call() {
        Api.Reply health = Api.anonymous().get("/health");
        assertEquals(200, health.status(), health::toString);
        assertTrue(health.body().contains("\"database\"") && health.body().contains("UP"), health.body());
        Api.Reply openapi = Api.anonymous().get("/openapi");
        assertEquals(200, openapi.status());
        Set<String> paths = openapi.json().getJsonObject("paths").keySet();
        for (String path : List.of("/api/v1/schools:", "/api/v1/schools/{code}/classes:", "/api/v1/users:", "/api/v1/students:",
                "/api/v1/students/{id}:", "/api/v1/students/{id}/circumstances:", "/api/v1/students/{id}/screenings:",
                "/api/v1/students/{id}/observations:", "/api/v1/students/{id}/case:", "/api/v1/cases:", "/api/v1/cases/{caseId}:",
                "/api/v1/cases/{caseId}/followups/{followUpId}/complete:", "/api/v1/cases/{caseId}/assessments:",
                "/api/v1/cases/{caseId}/home-visits:", "/api/v1/cases/{caseId}/referrals:", "/api/v1/cases/{caseId}/history:")) {
            assertTrue(paths.contains(path.substring(0, path.length() - 1)), "OpenAPI documents " + path + " in " + paths);
        }
    }

    @Test
    void no_credentials_or_a_wrong_password_answer_401_problem_json() {
        Api.Reply none = Api.anonymous().get("/api/v1/schools");
        assertEquals(401, none.status());
        assertTrue(none.contentType().startsWith("application/problem+json"), none.contentType());
        Api.Reply wrong = Api.as("admin", "not-the-password").get("/api/v1/schools");
        assertEquals(401, wrong.status());
        assertEquals(none.json().getString("title"), wrong.json().getString("title"));
    }

    @Test
    void a_student_is_created_with_201_and_a_location_and_shows_the_graduating_year() {
        JsonObject created = Fixtures.student(9, 2, "LEFT_BEHIND", "POOR");
        Api.Reply get = Api.as("admin").get("/api/v1/students/" + created.getJsonNumber("id").longValue());
        assertEquals(200, get.status());
        assertTrue(get.json().getBoolean("graduatingYear"));
        assertEquals(2, get.json().getJsonArray("circumstances").size());
    }

    @Test
    void invalid_students_are_refused_naming_each_field_and_nothing_is_written() {
        String no = Fixtures.uniqueNo();
        Api.Reply reply = Api.as("admin").post("/api/v1/students", Json.createObjectBuilder()
                .add("studentNo", no).add("gender", "F").add("birthDate", "2012-01-01")
                .add("schoolCode", "NO-SUCH-SCHOOL").add("grade", 13).add("classNo", 1).build());
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        Set<String> fields = reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("name", "grade", "schoolCode")), fields.toString());
        assertEquals(0, Api.as("admin").get("/api/v1/students?q=" + no).json().getInt("total"), "nothing written");
    }

    @Test
    void a_duplicate_student_number_is_a_409_naming_the_field() {
        JsonObject first = Fixtures.student(8, 1);
        Api.Reply again = Api.as("admin").post("/api/v1/students", Json.createObjectBuilder()
                .add("studentNo", first.getString("studentNo")).add("name", "重复").add("gender", "M")
                .add("birthDate", LocalDate.now().minusYears(14).toString()).add("schoolCode", Fixtures.SCHOOL)
                .add("grade", 8).add("classNo", 1).build());
        assertEquals(409, again.status(), again::toString);
        assertEquals("studentNo", again.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void a_stale_version_of_the_circumstances_is_a_409_and_changes_nothing() {
        JsonObject s = Fixtures.student(7, 1, "POOR");
        long id = s.getJsonNumber("id").longValue();
        Api.Reply ok = Api.as("admin").put("/api/v1/students/" + id + "/circumstances", Json.createObjectBuilder()
                .add("circumstances", Json.createArrayBuilder().add("POOR").add("SINGLE_PARENT")).add("version", s.getInt("version")).build());
        assertEquals(200, ok.status(), ok::toString);
        Api.Reply stale = Api.as("admin").put("/api/v1/students/" + id + "/circumstances", Json.createObjectBuilder()
                .add("circumstances", Json.createArrayBuilder()).add("version", s.getInt("version")).build());
        assertEquals(409, stale.status(), stale::toString);
        assertEquals(2, Api.as("admin").get("/api/v1/students/" + id).json().getJsonArray("circumstances").size());
    }

    @Test
    void malformed_json_and_oversized_pages_are_400_problems_not_500() {
        Api.Reply malformed = Api.as("admin").post("/api/v1/students", "{not json", "application/json");
        assertEquals(400, malformed.status(), malformed::toString);
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        Api.Reply wrongType = Api.as("admin").post("/api/v1/students", "{\"grade\":\"nine\"}", "application/json");
        assertEquals(400, wrongType.status(), wrongType::toString);
        Api.Reply tooBig = Api.as("admin").get("/api/v1/students?size=501");
        assertEquals(400, tooBig.status());
        assertEquals("size", tooBig.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void classes_and_accounts_can_be_created_by_the_administrator_only() {
        String code = "IT-" + Fixtures.uniqueNo().substring(1, 8);
        Api.Reply school = Api.as("admin").post("/api/v1/schools", Json.createObjectBuilder().add("code", code)
                .add("name", "测试中学").add("district", "华州区").add("stage", "JUNIOR").build());
        assertEquals(201, school.status(), school::toString);
        assertTrue(school.header("Location").orElseThrow().endsWith("/api/v1/schools/" + code));
        Api.Reply klass = Api.as("admin").post("/api/v1/schools/" + code + "/classes", Json.createObjectBuilder()
                .add("grade", 7).add("classNo", 1).build());
        assertEquals(201, klass.status(), klass::toString);
        Api.Reply wrongGrade = Api.as("admin").post("/api/v1/schools/" + code + "/classes", Json.createObjectBuilder()
                .add("grade", 3).add("classNo", 1).build());
        assertEquals(400, wrongGrade.status(), "a junior school has no grade 3");
        Api.Reply byTeacher = Api.as("teacher").post("/api/v1/schools", Json.createObjectBuilder().add("code", code + "X")
                .add("name", "x").add("district", "x").add("stage", "JUNIOR").build());
        assertEquals(403, byTeacher.status());
        Api.Reply user = Api.as("admin").post("/api/v1/users", Json.createObjectBuilder().add("username", "it-" + code.toLowerCase())
                .add("displayName", "测试老师").add("password", "Correct-Horse-42x").add("roles", Json.createArrayBuilder().add("HEAD_TEACHER"))
                .add("schoolCode", code).add("classIds", Json.createArrayBuilder().add(klass.json().getJsonNumber("id").longValue())).build());
        assertEquals(201, user.status(), user::toString);
        Api.keepChosenPassword("it-" + code.toLowerCase(), "Correct-Horse-42x");
        Api.Reply weak = Api.as("admin").post("/api/v1/users", Json.createObjectBuilder().add("username", "it-weak-" + code.toLowerCase())
                .add("displayName", "x").add("password", "123456").add("roles", Json.createArrayBuilder().add("COUNSELOR"))
                .add("schoolCode", code).build()); // a valid scope: the password is the only thing wrong
        assertEquals(400, weak.status());
        assertEquals("password", weak.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
