package org.xinyu.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history does not rewrite the past (issue 12 section 5): every follow-up entry shows the due time the follow-up
 * had at that moment, and a later move of the due time is an entry of its own.
 */
class TruthfulHistoryIT {

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static Map<String, JsonObject> open(JsonObject caseFile) {
        return caseFile.getJsonArray("followUps").stream().map(JsonValue::asJsonObject)
                .filter(f -> "OPEN".equals(f.getString("status"))).collect(Collectors.toMap(f -> f.getString("type"), f -> f));
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static List<JsonObject> history(long caseId) {
        Api.Reply reply = Api.as("counsellor").get("/api/v1/cases/" + caseId + "/history");
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<JsonObject> entries(List<JsonObject> history, String kind, long followUpId) {
        return history.stream().filter(e -> kind.equals(e.getString("kind")))
                .filter(e -> e.getJsonObject("details").getJsonNumber("followUpId").longValue() == followUpId).toList();
    }

    @Test
    void a_follow_up_entry_shows_the_due_time_it_had_then_not_the_one_a_later_evaluation_set() {
        long student = id(Fixtures.student(8, 3));
        // PHQ-9 of 12 (moderate): MEDIUM, with follow-ups due at MEDIUM's pace
        assertEquals(201, Fixtures.screening(student, "PHQ9", 2, 2, 1, 1, 2, 1, 1, 2, 0).status());
        JsonObject medium = Fixtures.caseOf(student);
        assertEquals("MEDIUM", medium.getString("priority"));
        Map<String, JsonObject> atMedium = open(medium);

        // a severe PHQ-A the same day: HIGH, whose follow-ups are due sooner; an open one of the same type is tightened
        assertEquals(201, Fixtures.screening(student, "PHQA", 3, 3, 3, 3, 3, 3, 2, 0, 0).status());
        JsonObject high = Fixtures.caseOf(student);
        assertEquals("HIGH", high.getString("priority"));
        JsonObject tightened = open(high).values().stream()
                .filter(f -> atMedium.containsKey(f.getString("type")) && id(atMedium.get(f.getString("type"))) == id(f))
                .filter(f -> instant(f.getString("dueAt")).isBefore(instant(atMedium.get(f.getString("type")).getString("dueAt"))))
                .findFirst().orElse(null);
        assertNotNull(tightened, () -> "a follow-up open at MEDIUM is due sooner at HIGH: " + atMedium + " then " + open(high));
        Instant dueThen = instant(atMedium.get(tightened.getString("type")).getString("dueAt"));
        Instant dueNow = instant(tightened.getString("dueAt"));

        List<JsonObject> history = history(id(high));
        List<JsonObject> created = entries(history, "FOLLOW_UP_CREATED", id(tightened));
        assertEquals(1, created.size(), () -> "one creation entry: " + created);
        JsonObject creation = created.get(0);
        assertEquals(dueThen, instant(creation.getJsonObject("details").getString("dueAt")),
                () -> "the creation entry shows the due time at creation: " + creation);
        assertTrue(creation.getString("summary").contains(OffsetDateTime.ofInstant(dueThen, java.time.ZoneId.of("Asia/Shanghai")).toString()),
                () -> "its summary too, not the current due time " + dueNow + ": " + creation);

        List<JsonObject> moved = entries(history, "FOLLOW_UP_DUE_CHANGED", id(tightened));
        assertEquals(1, moved.size(), () -> "the move of the due time is an entry of its own: " + history);
        JsonObject move = moved.get(0).getJsonObject("details");
        assertEquals(dueThen, instant(move.getString("dueBefore")));
        assertEquals(dueNow, instant(move.getString("dueAt")));
        assertTrue(!instant(moved.get(0).getString("at")).isBefore(instant(creation.getString("at"))), "the move comes after the creation");

        // completed later: the completion shows the due time the follow-up had when it was completed, and who did it
        Api.Reply done = Api.as("counsellor").post("/api/v1/cases/" + id(high) + "/followups/" + id(tightened) + "/complete",
                Json.createObjectBuilder().add("note", "已完成").build());
        assertEquals(200, done.status(), done::toString);
        List<JsonObject> completed = entries(history(id(high)), "FOLLOW_UP_COMPLETED", id(tightened));
        assertEquals(1, completed.size());
        assertEquals(dueNow, instant(completed.get(0).getJsonObject("details").getString("dueAt")));
        assertEquals("counsellor", completed.get(0).getString("actor"));
        assertEquals("李心怡", completed.get(0).getString("actorName"), "the person by display name");

        // the earlier creation entry still shows the due time it had then
        JsonObject again = entries(history(id(high)), "FOLLOW_UP_CREATED", id(tightened)).get(0);
        assertEquals(dueThen, instant(again.getJsonObject("details").getString("dueAt")));
    }
}
