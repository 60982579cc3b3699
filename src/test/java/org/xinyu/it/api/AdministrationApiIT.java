package org.xinyu.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Account and class administration over the API: a class's head teacher must be an enabled HEAD_TEACHER account of
 * the class's school; a new account's scope must fit its roles, and the classes it is given become its classes on
 * both sides; a password reset and a change of head teacher are REST calls too. Every refusal answers 400/409
 * problem+json naming the field and changes nothing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdministrationApiIT {

    static final Api ADMIN = Api.as("admin");
    static final String PASSWORD = "Guan-Li-Ceshi-2026!";
    static final List<String> OTHER_ROLES = List.of("rules", "counsellor", "leader", "gradelead", "teacher", "auditor");

    /** A junior school (grades 7-9) and a second school, both new; their accounts. */
    static String school;
    static String otherSchool;
    static String teacher;
    static String teacher2;
    static String disabledTeacher;
    static String counsellor;
    static String otherTeacher;
    static long otherClass;
    private static int nextClassNo = 1;

    @BeforeAll
    static void a_school_with_its_people_and_a_second_school() {
        String u = Fixtures.uniqueNo().substring(1, 9).toLowerCase(Locale.ROOT);
        school = "IA-" + u.toUpperCase(Locale.ROOT);
        otherSchool = "IB-" + u.toUpperCase(Locale.ROOT);
        createSchool(school, "JUNIOR");
        createSchool(otherSchool, "JUNIOR");
        teacher = created(account("ht1-" + u, school, "HEAD_TEACHER"));
        teacher2 = created(account("ht2-" + u, school, "HEAD_TEACHER"));
        disabledTeacher = created(account("htoff-" + u, school, "HEAD_TEACHER"));
        Api.Reply off = ADMIN.post("/api/v1/users/" + disabledTeacher + "/disable", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, off.status(), off::toString);
        counsellor = created(account("co-" + u, school, "COUNSELOR"));
        otherTeacher = created(account("htx-" + u, otherSchool, "HEAD_TEACHER"));
        otherClass = createClass(otherSchool, 7, null).getJsonNumber("id").longValue();
    }

    // ---- classes and their head teachers ----

    @Test
    void a_class_is_created_only_with_an_enabled_head_teacher_of_its_school() {
        String before = classesOf(school);
        List<String[]> refused = List.of(
                new String[] {"nobody-" + Fixtures.uniqueNo().toLowerCase(Locale.ROOT), "no such account"},
                new String[] {disabledTeacher, "the account is disabled"},
                new String[] {counsellor, "the account does not have the role HEAD_TEACHER"},
                new String[] {otherTeacher, "the account belongs to another school"},
                new String[] {"admin", "the account does not have the role HEAD_TEACHER"});
        for (String[] r : refused) {
            String accountBefore = r[0].startsWith("nobody-") ? null : ADMIN.get("/api/v1/users/" + r[0]).body();
            Api.Reply reply = ADMIN.post("/api/v1/schools/" + school + "/classes", Json.createObjectBuilder()
                    .add("grade", 8).add("classNo", 90).add("headTeacher", r[0]).build());
            assertProblem(reply, 400, "headTeacher", r[1]);
            assertEquals(before, classesOf(school), "no class was created for " + r[0]);
            if (accountBefore != null) {
                assertEquals(accountBefore, ADMIN.get("/api/v1/users/" + r[0]).body(), "the account is untouched");
            }
        }

        JsonObject created = createClass(school, 8, teacher);
        long id = created.getJsonNumber("id").longValue();
        assertEquals(userId(teacher), created.getJsonNumber("headTeacherId").longValue());
        assertTrue(classIdsOf(teacher).contains(id), "the class is in the head teacher's scope");
        JsonObject trail = audit("CLASS_HEAD_TEACHER", "CLASS:" + id);
        assertEquals(1, trail.getInt("total"), trail::toString);
        assertEquals("from none to " + teacher, trail.getJsonArray("items").getJsonObject(0).getString("detail"));
    }

    @Test
    void the_head_teacher_of_a_class_changes_over_the_api_and_the_class_moves_between_their_scopes() {
        JsonObject c = createClass(school, 9, teacher);
        long id = c.getJsonNumber("id").longValue();
        int version = c.getInt("version");

        Api.Reply moved = ADMIN.put(headTeacherPath(school, id), headTeacher(teacher2, version));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(userId(teacher2), moved.json().getJsonNumber("headTeacherId").longValue());
        assertTrue(moved.json().getInt("version") > version, moved::toString);
        assertEquals(moved.json(), classOf(school, id), "the answer is the class as stored, with its new version");
        assertFalse(classIdsOf(teacher).contains(id), "the class left the previous head teacher's scope");
        assertTrue(classIdsOf(teacher2).contains(id), "and joined the new one's");
        assertTrue(audit("CLASS_HEAD_TEACHER", "CLASS:" + id).getJsonArray("items").stream()
                .anyMatch(e -> e.asJsonObject().getString("detail").equals("from " + teacher + " to " + teacher2)
                        && e.asJsonObject().getString("actor").equals("admin")));

        // the version read before the change is stale now
        String stored = ADMIN.get("/api/v1/schools/" + school + "/classes").body();
        Api.Reply stale = ADMIN.put(headTeacherPath(school, id), headTeacher(teacher, version));
        assertProblem(stale, 409, "version", null);
        assertEquals(stored, ADMIN.get("/api/v1/schools/" + school + "/classes").body(), "nothing changed");
        assertTrue(classIdsOf(teacher2).contains(id) && !classIdsOf(teacher).contains(id));

        // no head teacher at all
        Api.Reply none = ADMIN.put(headTeacherPath(school, id), Json.createObjectBuilder().addNull("headTeacher")
                .add("version", moved.json().getInt("version")).build());
        assertEquals(200, none.status(), none::toString);
        assertTrue(!none.json().containsKey("headTeacherId") || none.json().isNull("headTeacherId"), none::toString);
        assertEquals(none.json(), classOf(school, id));
        assertFalse(classIdsOf(teacher2).contains(id));
    }

    @Test
    void a_change_of_head_teacher_with_bad_input_is_refused_and_changes_nothing() {
        JsonObject c = createClass(school, 7, teacher);
        long id = c.getJsonNumber("id").longValue();
        int version = c.getInt("version");
        List<String[]> refused = List.of(
                new String[] {"nobody-" + Fixtures.uniqueNo().toLowerCase(Locale.ROOT), "no such account"},
                new String[] {disabledTeacher, "the account is disabled"},
                new String[] {counsellor, "the account does not have the role HEAD_TEACHER"},
                new String[] {otherTeacher, "the account belongs to another school"});
        for (String[] r : refused) {
            assertProblem(ADMIN.put(headTeacherPath(school, id), headTeacher(r[0], version)), 400, "headTeacher", r[1]);
            assertEquals(c, classOf(school, id), "the class is unchanged after " + r[0]);
            assertTrue(classIdsOf(teacher).contains(id));
        }
        assertProblem(ADMIN.put(headTeacherPath(school, id), Json.createObjectBuilder().add("headTeacher", teacher2).build()),
                400, "version", null);
        assertProblem(ADMIN.put(headTeacherPath(school, id), Json.createObjectBuilder().add("headTeacher", teacher2)
                .add("version", "one").build()), 400, null, null);
        assertEquals(404, ADMIN.put(headTeacherPath(school, otherClass), headTeacher(teacher2, 0)).status(),
                "a class of another school is not found under this school");
        assertEquals(404, ADMIN.put(headTeacherPath(school, 987654321987L), headTeacher(teacher2, 0)).status());
        assertEquals(404, ADMIN.put(headTeacherPath("NO-SUCH-SCHOOL", id), headTeacher(teacher2, version)).status());
        assertEquals(c, classOf(school, id), "the class is unchanged");
        assertFalse(classIdsOf(teacher2).contains(id));
    }

    @Test
    void only_the_system_administrator_changes_a_head_teacher() {
        JsonObject c = createClass(school, 8, teacher);
        long id = c.getJsonNumber("id").longValue();
        for (String role : OTHER_ROLES) {
            Api.Reply reply = Api.as(role).put(headTeacherPath(school, id), headTeacher(teacher2, c.getInt("version")));
            assertProblem(reply, 403, null, null);
        }
        assertEquals(c, classOf(school, id), "the class is unchanged");
        assertFalse(classIdsOf(teacher2).contains(id));
    }

    // ---- accounts and their scope ----

    private record Refusal(String name, int status, String field, JsonObjectBuilder body) {
    }

    @TestFactory
    List<DynamicTest> an_account_whose_scope_does_not_fit_its_roles_is_refused_and_nothing_is_created() {
        long ledClass = createClass(school, 9, teacher).getJsonNumber("id").longValue();
        long freeClass = createClass(school, 9, null).getJsonNumber("id").longValue();
        List<Refusal> refusals = List.of(
                new Refusal("an unknown role", 400, "roles", body("PRINCIPAL").add("schoolCode", school)),
                new Refusal("a counsellor without a school", 400, "schoolCode", body("COUNSELOR")),
                new Refusal("a school that does not exist", 400, "schoolCode", body("SCHOOL_LEADER").add("schoolCode", "NO-SUCH-SCHOOL")),
                new Refusal("a grade leader without grades", 400, "grades", body("GRADE_LEADER").add("schoolCode", school)),
                new Refusal("a grade leader of a grade the school does not teach", 400, "grades",
                        body("GRADE_LEADER").add("schoolCode", school).add("grades", Json.createArrayBuilder().add(7).add(3))),
                new Refusal("a grade of null", 400, "grades",
                        body("GRADE_LEADER").add("schoolCode", school).add("grades", Json.createArrayBuilder().addNull())),
                new Refusal("a class that does not exist", 400, "classIds",
                        body("HEAD_TEACHER").add("schoolCode", school).add("classIds", ids(freeClass, 987654321987L))),
                new Refusal("a class of another school", 400, "classIds",
                        body("HEAD_TEACHER").add("schoolCode", school).add("classIds", ids(freeClass, otherClass))),
                new Refusal("a system administrator with a school", 400, "schoolCode", body("SYSTEM_ADMIN").add("schoolCode", school)),
                new Refusal("a rule administrator with grades", 400, "grades", body("RULE_ADMIN").add("grades", Json.createArrayBuilder().add(7))),
                new Refusal("an auditor with classes", 400, "classIds", body("AUDITOR").add("classIds", ids(freeClass))),
                new Refusal("a counsellor with classes", 400, "classIds", body("COUNSELOR").add("schoolCode", school).add("classIds", ids(freeClass))),
                new Refusal("a system administrator who is also a counsellor", 400, "roles",
                        body("SYSTEM_ADMIN", "COUNSELOR").add("schoolCode", school)),
                new Refusal("a class that already has a head teacher", 409, "classIds",
                        body("HEAD_TEACHER").add("schoolCode", school).add("classIds", ids(freeClass, ledClass))));
        List<DynamicTest> tests = new ArrayList<>();
        for (Refusal r : refusals) {
            tests.add(DynamicTest.dynamicTest(r.name() + " → " + r.status() + " " + r.field(), () -> {
                String username = "it-scope-" + Fixtures.uniqueNo().substring(1, 9).toLowerCase(Locale.ROOT);
                long total = usersTotal();
                String classes = classesOf(school);
                String teacherBefore = ADMIN.get("/api/v1/users/" + teacher).body();
                Api.Reply reply = ADMIN.post("/api/v1/users", r.body().add("username", username).build());
                assertProblem(reply, r.status(), r.field(), null);
                assertEquals(404, ADMIN.get("/api/v1/users/" + username).status(), "no account was created");
                assertEquals(total, usersTotal());
                assertEquals(classes, classesOf(school), "no class changed its head teacher");
                assertEquals(teacherBefore, ADMIN.get("/api/v1/users/" + teacher).body(), "the class's head teacher is untouched");
            }));
        }
        return tests;
    }

    @Test
    void a_head_teacher_created_with_classes_leads_them_on_both_sides() {
        int classNo = nextClassNo();
        JsonObject free = createClass(school, 7, null, classNo);
        long id = free.getJsonNumber("id").longValue();
        String username = "it-lead-" + Fixtures.uniqueNo().substring(1, 9).toLowerCase(Locale.ROOT);
        Api.Reply created = ADMIN.post("/api/v1/users", body("HEAD_TEACHER").add("username", username).add("schoolCode", school)
                .add("classIds", ids(id)).build());
        assertEquals(201, created.status(), created::toString);
        Api.keepChosenPassword(username, PASSWORD);
        long accountId = created.json().getJsonNumber("id").longValue();
        assertEquals(List.of(id), classIdsOf(username));
        JsonObject led = classOf(school, id);
        assertEquals(accountId, led.getJsonNumber("headTeacherId").longValue(), "the class names its new head teacher");
        assertNotEquals(free.getInt("version"), led.getInt("version"));
        JsonObject trail = audit("CLASS_HEAD_TEACHER", "CLASS:" + id);
        assertEquals(1, trail.getInt("total"), trail::toString);
        assertEquals("from none to " + username, trail.getJsonArray("items").getJsonObject(0).getString("detail"));
        assertEquals(1, audit("ACCOUNT_CREATE", "ACCOUNT:" + accountId).getInt("total"));

        // the new head teacher sees a pupil of the class
        Api.Reply pupil = ADMIN.post("/api/v1/students", Json.createObjectBuilder().add("studentNo", Fixtures.uniqueNo())
                .add("name", "班级学生").add("gender", "M").add("birthDate", LocalDate.now().minusYears(13).toString())
                .add("schoolCode", school).add("grade", 7).add("classNo", classNo).add("circumstances", Json.createArrayBuilder()).build());
        assertEquals(201, pupil.status(), pupil::toString);
        Api.Reply seen = Api.as(username, PASSWORD).get("/api/v1/students/" + pupil.json().getJsonNumber("id").longValue());
        assertEquals(200, seen.status(), seen::toString);
    }

    // ---- password reset ----

    @Test
    void a_password_reset_gives_a_temporary_password_that_must_be_changed_and_lifts_a_lockout() {
        String username = created(account("it-reset-" + Fixtures.uniqueNo().substring(1, 9).toLowerCase(Locale.ROOT), null, "AUDITOR"));
        long id = userId(username);
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, Api.as(username, "Wrong-Guess-" + i + "-x").get("/api/v1/schools").status());
        }
        assertEquals(401, Api.as(username, PASSWORD).get("/api/v1/schools").status(), "locked");

        String temporary = "Lin-Shi-Mima-2026%";
        Api.Reply reset = ADMIN.post("/api/v1/users/" + username + "/password-reset",
                Json.createObjectBuilder().add("temporaryPassword", temporary).build());
        assertEquals(200, reset.status(), reset::toString);
        assertEquals(username, reset.json().getString("username"));
        assertFalse(reset.body().contains(temporary), "the answer never holds the password");

        assertEquals(401, Api.as(username, PASSWORD).get("/api/v1/schools").status(), "the old password is gone");
        Api user = Api.as(username, temporary);
        Api.Reply first = user.get("/api/v1/schools");
        assertEquals(403, first.status(), "the lockout is lifted, but the temporary password must be changed first: " + first);
        assertEquals("Password expired", first.json().getString("title"));
        assertEquals(204, user.post("/api/v1/users/me/password", Json.createObjectBuilder().add("currentPassword", temporary)
                .add("newPassword", "Zi-Ji-De-Mima-2026#").build()).status());
        assertEquals(200, Api.as(username, "Zi-Ji-De-Mima-2026#").get("/api/v1/schools").status());

        JsonObject trail = audit("PASSWORD_RESET", "ACCOUNT:" + id);
        assertEquals(1, trail.getInt("total"), trail::toString);
        assertEquals("admin", trail.getJsonArray("items").getJsonObject(0).getString("actor"));
        assertFalse(trail.toString().contains(temporary));
    }

    @Test
    void a_password_reset_with_a_bad_temporary_password_or_by_another_role_changes_nothing() {
        String username = created(account("it-keep-" + Fixtures.uniqueNo().substring(1, 9).toLowerCase(Locale.ROOT), null, "AUDITOR"));
        String path = "/api/v1/users/" + username + "/password-reset";
        assertProblem(ADMIN.post(path, Json.createObjectBuilder().add("temporaryPassword", "short").build()), 400, "temporaryPassword", null);
        assertProblem(ADMIN.post(path, Json.createObjectBuilder().add("temporaryPassword", "Aa1-" + username + "-x").build()),
                400, "temporaryPassword", null);
        assertProblem(ADMIN.post(path, JsonValue.EMPTY_JSON_OBJECT), 400, "temporaryPassword", "is required");
        for (String role : OTHER_ROLES) {
            assertProblem(Api.as(role).post(path, Json.createObjectBuilder().add("temporaryPassword", "Lin-Shi-Mima-2026%").build()),
                    403, null, null);
        }
        assertEquals(404, ADMIN.post("/api/v1/users/nobody-" + Fixtures.uniqueNo().toLowerCase(Locale.ROOT) + "/password-reset",
                Json.createObjectBuilder().add("temporaryPassword", "Lin-Shi-Mima-2026%").build()).status());
        assertEquals(200, Api.as(username, PASSWORD).get("/api/v1/schools").status(), "the password still works and is not expired");
        assertEquals(401, Api.as(username, "Lin-Shi-Mima-2026%").get("/api/v1/schools").status());
        assertEquals(0, audit("PASSWORD_RESET", "ACCOUNT:" + userId(username)).getInt("total"));
    }

    // ---- helpers ----

    static void assertProblem(Api.Reply reply, int status, String field, String message) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), reply::toString);
        if (field != null) {
            assertTrue(problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                    .anyMatch(e -> e.getString("field").equals(field) && (message == null || e.getString("message").equals(message))),
                    () -> "expected " + field + (message == null ? "" : ": " + message) + " in " + reply);
        }
    }

    static void createSchool(String code, String stage) {
        Api.Reply reply = ADMIN.post("/api/v1/schools", Json.createObjectBuilder().add("code", code).add("name", "管理测试学校" + code)
                .add("district", "临渭区").add("stage", stage).build());
        assertEquals(201, reply.status(), reply::toString);
    }

    static synchronized int nextClassNo() {
        return nextClassNo++;
    }

    static JsonObject createClass(String schoolCode, int grade, String headTeacher) {
        return createClass(schoolCode, grade, headTeacher, nextClassNo());
    }

    static JsonObject createClass(String schoolCode, int grade, String headTeacher, int classNo) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("grade", grade).add("classNo", classNo);
        if (headTeacher != null) {
            body.add("headTeacher", headTeacher);
        }
        Api.Reply reply = ADMIN.post("/api/v1/schools/" + schoolCode + "/classes", body.build());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    static String classesOf(String schoolCode) {
        Api.Reply reply = ADMIN.get("/api/v1/schools/" + schoolCode + "/classes");
        assertEquals(200, reply.status(), reply::toString);
        return reply.body();
    }

    static JsonObject classOf(String schoolCode, long id) {
        return ADMIN.get("/api/v1/schools/" + schoolCode + "/classes").array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    static String headTeacherPath(String schoolCode, long classId) {
        return "/api/v1/schools/" + schoolCode + "/classes/" + classId + "/head-teacher";
    }

    static JsonObject headTeacher(String username, int version) {
        return Json.createObjectBuilder().add("headTeacher", username).add("version", version).build();
    }

    static JsonObjectBuilder body(String... roles) {
        JsonArrayBuilder r = Json.createArrayBuilder();
        for (String role : roles) {
            r.add(role);
        }
        return Json.createObjectBuilder().add("displayName", "管理测试").add("password", PASSWORD).add("roles", r);
    }

    static JsonArrayBuilder ids(long... ids) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (long id : ids) {
            a.add(id);
        }
        return a;
    }

    static JsonObject account(String username, String schoolCode, String role) {
        JsonObjectBuilder b = body(role).add("username", username);
        if (schoolCode != null) {
            b.add("schoolCode", schoolCode);
        }
        return b.build();
    }

    static String created(JsonObject account) {
        Api.Reply reply = ADMIN.post("/api/v1/users", account);
        assertEquals(201, reply.status(), reply::toString);
        Api.keepChosenPassword(reply.json().getString("username"), PASSWORD);
        return reply.json().getString("username");
    }

    static long userId(String username) {
        return ADMIN.get("/api/v1/users/" + username).json().getJsonNumber("id").longValue();
    }

    static List<Long> classIdsOf(String username) {
        return ADMIN.get("/api/v1/users/" + username).json().getJsonArray("classIds")
                .getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    static long usersTotal() {
        return ADMIN.get("/api/v1/users?size=1").json().getJsonNumber("total").longValue();
    }

    static JsonObject audit(String action, String subject) {
        Api.Reply reply = Api.as("auditor").get("/api/v1/audit?action=" + action + "&subject="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
