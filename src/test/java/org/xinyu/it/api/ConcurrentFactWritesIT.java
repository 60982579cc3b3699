package org.xinyu.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fact writes about one student from many clients at once: each is evaluated in turn (the student's row lock), none
 * fails, and one case results. On PostgreSQL inserting a fact takes a key-share lock on the student's row; a row
 * lock that conflicts with it made such writes deadlock each other (409).
 */
class ConcurrentFactWritesIT {

    @Test
    void concurrent_observations_about_one_student_all_succeed_and_open_one_case() throws Exception {
        long student = Fixtures.student(9, 1).getJsonNumber("id").longValue(); // the demo teacher's class
        int clients = 8;
        int perClient = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients * perClient; i++) {
                int severity = 1 + i % 3;
                replies.add(pool.submit(() -> Api.as("teacher").post("/api/v1/students/" + student + "/observations",
                        Json.createObjectBuilder().add("category", "LOW_MOOD").add("severity", severity).add("note", "并发").build())));
            }
            List<Integer> statuses = new ArrayList<>();
            Set<Long> ids = new HashSet<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                statuses.add(r.status());
                if (r.status() == 201) {
                    ids.add(r.json().getJsonNumber("id").longValue());
                }
            }
            assertEquals(List.of(201), statuses.stream().distinct().toList(), "every write succeeds: " + statuses);
            assertEquals(clients * perClient, ids.size(), "every observation is stored once");
        } finally {
            pool.shutdown();
        }
        JsonObject c = Fixtures.caseOf(student);
        assertEquals("HIGH", c.getString("priority"), "three concerning observations in 30 days make the student HIGH");
    }

    /** Writes about different students run side by side; their audit entries still form one unbroken chain. */
    @Test
    void concurrent_observations_about_different_students_all_succeed_and_keep_the_audit_chain_intact() throws Exception {
        int clients = 8;
        int perClient = 4;
        List<Long> students = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            students.add(Fixtures.student(9, 1).getJsonNumber("id").longValue());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients * perClient; i++) {
                long student = students.get(i % clients);
                replies.add(pool.submit(() -> Api.as("teacher").post("/api/v1/students/" + student + "/observations",
                        Json.createObjectBuilder().add("category", "ANXIETY").add("severity", 1).add("note", "并发").build())));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
            assertEquals(List.of(201), statuses.stream().distinct().toList(), "every write succeeds: " + statuses);
        } finally {
            pool.shutdown();
        }
        JsonObject chain = Api.as("auditor").get("/api/v1/audit/verify").json();
        assertEquals(true, chain.getBoolean("valid"), "the audit chain is intact: " + chain);
    }
}
