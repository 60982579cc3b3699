package org.xinyu.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.XinyuServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A student's name and a person's password must never reach the server's log, whatever happens to them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CanaryIT {

    private static String letters(int n) {
        Random random = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    @Test
    void no_student_name_or_password_appears_in_the_server_log() throws Exception {
        String tag = letters(10);
        String studentName = "Canary" + tag;
        String chineseName = "金丝雀" + tag;
        String password = "Canary-Pass-" + tag.toUpperCase(Locale.ROOT) + "-7";
        String wrongPassword = "Canary-Wrong-" + tag + "-9";
        String newPassword = "Canary-Next-" + tag + "-8";

        // the counsellor's school (the first demo school), not whatever school sorts first after other tests
        String code = org.xinyu.it.Fixtures.SCHOOL;
        JsonObject schoolClass = Fixtures.ADMIN.get("/api/v1/schools/" + code + "/classes").array().getJsonObject(0);
        for (String name : List.of(studentName, chineseName)) {
            Api.Reply created = Fixtures.ADMIN.post("/api/v1/students", Json.createObjectBuilder()
                    .add("studentNo", "C" + letters(8)).add("name", name).add("gender", "F").add("birthDate", "2012-03-04")
                    .add("schoolCode", code).add("grade", schoolClass.getInt("grade")).add("classNo", schoolClass.getInt("classNo"))
                    .add("circumstances", Json.createArrayBuilder()).build());
            assertEquals(201, created.status(), created.toString());
            assertEquals(200, Api.as("counsellor").get("/api/v1/students/" + created.json().getJsonNumber("id")).status());
        }
        // the same name in a request that fails validation
        Fixtures.ADMIN.post("/api/v1/students", Json.createObjectBuilder().add("name", studentName).add("gender", "X").build());

        String username = Fixtures.unique("canary");
        Fixtures.newAccount(username, password);
        assertEquals(200, Api.as(username, password).get("/api/v1/schools").status());
        assertEquals(401, Api.as(username, wrongPassword).get("/api/v1/schools").status());
        assertEquals(401, Api.as(Fixtures.unique("nobody"), password).get("/api/v1/schools").status());
        Api.as(username, password).post("/api/v1/users/me/password", Json.createObjectBuilder()
                .add("currentPassword", wrongPassword).add("newPassword", newPassword).build());
        Api.as(username, password).post("/api/v1/users/me/password", Json.createObjectBuilder()
                .add("currentPassword", password).add("newPassword", "weak" + tag).build());
        assertEquals(204, Api.as(username, password).post("/api/v1/users/me/password", Json.createObjectBuilder()
                .add("currentPassword", password).add("newPassword", newPassword).build()).status());
        // a password in a body that cannot be read
        Fixtures.ADMIN.post("/api/v1/users", "{\"username\": \"x\", \"password\": \"" + password + "\", ", "application/json");

        Path log = XinyuServer.logFile();
        Thread.sleep(1000); // let the server flush its log
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("migration(s) applied"), "not the server's log: " + log);
        for (String canary : List.of(tag, studentName, chineseName, password, wrongPassword, newPassword)) {
            assertFalse(text.contains(canary), "the server log " + log + " contains " + canary);
        }
    }
}
