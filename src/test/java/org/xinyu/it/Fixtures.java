package org.xinyu.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test data made through the API, unique per call so that tests never depend on each other. */
public final class Fixtures {

    /** The first demo school; the demo head teacher leads its class 9-1. */
    public static final String SCHOOL = "WN-LW-001";

    private Fixtures() {
    }

    public static String uniqueNo() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    public static JsonObject student(int grade, int classNo, String... circumstances) {
        JsonArrayBuilder c = Json.createArrayBuilder();
        for (String circumstance : circumstances) {
            c.add(circumstance);
        }
        Api.Reply reply = Api.as("admin").post("/api/v1/students", Json.createObjectBuilder()
                .add("studentNo", uniqueNo()).add("name", "测试学生").add("gender", "F")
                .add("birthDate", LocalDate.now().minusYears(grade + 6).toString())
                .add("schoolCode", SCHOOL).add("grade", grade).add("classNo", classNo).add("circumstances", c).build());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    public static Api.Reply screening(long studentId, String instrument, int... answers) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int answer : answers) {
            a.add(answer);
        }
        return Api.as("counsellor").post("/api/v1/students/" + studentId + "/screenings", Json.createObjectBuilder()
                .add("instrument", instrument).add("administeredOn", LocalDate.now().toString()).add("answers", a).build());
    }

    public static JsonObject caseOf(long studentId) {
        Api.Reply reply = Api.as("counsellor").get("/api/v1/students/" + studentId + "/case");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
