package org.xinyu.it.workbench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A school of its own for one browser test, made by {@code admin} over the REST API: a junior school, its class
 * 8-1 led by a fresh head teacher, and a fresh counsellor of the school, both with a known password. Nothing else
 * is in it, so a test can reason about every case of the counsellor's queue.
 */
final class FreshSchool {

    static final int GRADE = 8;
    static final int CLASS_NO = 1;

    final String code;
    final String name;
    final String headTeacher;
    final String counsellor;
    /** The head teacher's and the counsellor's password (changed once if the server required it). */
    final String headTeacherPassword;
    final String counsellorPassword;
    final long classId;

    private FreshSchool(String code, String name, String headTeacher, String headTeacherPassword, String counsellor,
                        String counsellorPassword, long classId) {
        this.code = code;
        this.name = name;
        this.headTeacher = headTeacher;
        this.headTeacherPassword = headTeacherPassword;
        this.counsellor = counsellor;
        this.counsellorPassword = counsellorPassword;
        this.classId = classId;
    }

    static FreshSchool create() {
        String suffix = Fixtures.uniqueNo().substring(1, 9).toLowerCase(Locale.ROOT);
        String code = "IT-" + suffix.toUpperCase(Locale.ROOT);
        String name = "渭南测试中学" + suffix.substring(0, 4).toUpperCase(Locale.ROOT);
        Api admin = Api.as("admin");
        Api.Reply school = admin.post("/api/v1/schools", Json.createObjectBuilder().add("code", code).add("name", name)
                .add("district", "临渭区").add("stage", "JUNIOR").build());
        assertEquals(201, school.status(), school::toString);

        String headTeacher = "it-ht-" + suffix;
        String password = "Xin-Test-2026-" + suffix.substring(0, 4).toUpperCase(Locale.ROOT) + "q";
        account(headTeacher, "测试班主任", password, "HEAD_TEACHER", code);
        Api.Reply schoolClass = admin.post("/api/v1/schools/" + code + "/classes", Json.createObjectBuilder()
                .add("grade", GRADE).add("classNo", CLASS_NO).add("headTeacher", headTeacher).build());
        assertEquals(201, schoolClass.status(), schoolClass::toString);
        String counsellor = "it-co-" + suffix;
        account(counsellor, "测试心理教师", password, "COUNSELOR", code);
        return new FreshSchool(code, name, headTeacher, usable(headTeacher, password), counsellor, usable(counsellor, password),
                schoolClass.json().getJsonNumber("id").longValue());
    }

    private static void account(String username, String displayName, String password, String role, String schoolCode) {
        Api.Reply created = Api.as("admin").post("/api/v1/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", displayName).add("password", password).add("roles", Json.createArrayBuilder().add(role))
                .add("schoolCode", schoolCode).build());
        assertEquals(201, created.status(), created::toString);
        Api.keepChosenPassword(username, password); // an administrator's chosen password must be changed at first sign-in
    }

    /**
     * The password that works for the account: if the server makes a new account change its password before
     * anything else (403 "Password expired"), it is changed once through {@code POST /api/v1/users/me/password}.
     */
    private static String usable(String username, String password) {
        Api.Reply probe = Api.as(username, password).get("/api/v1/cases?size=1");
        if (probe.status() == 403 && probe.body().contains("Password expired")) {
            String changed = password + "-2";
            Api.Reply change = Api.as(username, password).post("/api/v1/users/me/password", Json.createObjectBuilder()
                    .add("currentPassword", password).add("newPassword", changed).build());
            assertEquals(204, change.status(), change::toString);
            probe = Api.as(username, changed).get("/api/v1/cases?size=1");
            password = changed;
        }
        Api.Reply last = probe;
        assertEquals(200, last.status(), () -> username + " cannot use the API: " + last);
        return password;
    }

    Api asCounsellor() {
        return Api.as(counsellor, counsellorPassword);
    }

    /** A student of class 8-1 (not a graduating year: without circumstances the rules see no risk factor). */
    JsonObject student(String name, String... circumstances) {
        JsonArrayBuilder c = Json.createArrayBuilder();
        for (String circumstance : circumstances) {
            c.add(circumstance);
        }
        Api.Reply reply = Api.as("admin").post("/api/v1/students", Json.createObjectBuilder()
                .add("studentNo", Fixtures.uniqueNo()).add("name", name).add("gender", "F")
                .add("birthDate", LocalDate.now().minusYears(GRADE + 6).toString())
                .add("schoolCode", code).add("grade", GRADE).add("classNo", CLASS_NO).add("circumstances", c).build());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    /** A PHQ-9 the counsellor records today; answers in item order (item 9 last). */
    void phq9(long studentId, int... answers) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int answer : answers) {
            a.add(answer);
        }
        Api.Reply reply = asCounsellor().post("/api/v1/students/" + studentId + "/screenings", Json.createObjectBuilder()
                .add("instrument", "PHQ9").add("administeredOn", LocalDate.now().toString()).add("answers", a).build());
        assertEquals(201, reply.status(), reply::toString);
    }

    JsonObject caseOf(long studentId) {
        Api.Reply reply = asCounsellor().get("/api/v1/students/" + studentId + "/case");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** The counsellor completes every open follow-up due no later than {@code by}; answers the case afterwards. */
    JsonObject completeDueBy(JsonObject c, OffsetDateTime by, String note) {
        JsonObject current = c;
        for (JsonValue v : c.getJsonArray("followUps")) {
            JsonObject f = v.asJsonObject();
            if ("OPEN".equals(f.getString("status")) && !OffsetDateTime.parse(f.getString("dueAt")).isAfter(by)) {
                Api.Reply done = asCounsellor().post("/api/v1/cases/" + id(c) + "/followups/" + id(f) + "/complete",
                        Json.createObjectBuilder().add("note", note).build());
                assertEquals(200, done.status(), done::toString);
                current = done.json();
            }
        }
        return current;
    }

    static List<JsonObject> openFollowUps(JsonObject c) {
        return c.getJsonArray("followUps").stream().map(JsonValue::asJsonObject)
                .filter(f -> "OPEN".equals(f.getString("status"))).toList();
    }

    /** The case's next due follow-up, as the queue orders by it. */
    static OffsetDateTime nextDue(JsonObject c) {
        List<JsonObject> open = openFollowUps(c);
        assertTrue(!open.isEmpty(), () -> "the case has open follow-ups: " + c);
        return open.stream().map(f -> OffsetDateTime.parse(f.getString("dueAt"))).min(OffsetDateTime::compareTo).orElseThrow();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
