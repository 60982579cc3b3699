package org.xinyu.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinyu.it.Api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyu.it.security.Fixtures.audit;
import static org.xinyu.it.security.Fixtures.auditTotal;
import static org.xinyu.it.security.Fixtures.query;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditTrailIT {

    @Test
    void a_counsellors_read_of_a_student_is_in_the_trail_for_the_auditor() {
        Api counsellor = Api.as("counsellor");
        Api.Reply students = counsellor.get("/api/v1/students?size=1");
        assertEquals(200, students.status(), students.toString());
        long id = students.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String[] filter = {query("actor", "counsellor"), query("subject", "STUDENT:" + id), query("action", "STUDENT_READ")};
        long before = auditTotal(filter);

        assertEquals(200, counsellor.get("/api/v1/students/" + id).status());

        JsonObject after = audit(filter);
        assertEquals(before + 1, after.getJsonNumber("total").longValue(), after.toString());
        JsonObject entry = after.getJsonArray("items").getJsonObject(0);
        assertEquals("counsellor", entry.getString("actor"));
        assertEquals("STUDENT", entry.getString("targetType"));
        assertEquals(Long.toString(id), entry.getString("targetId"));
        assertEquals("SUCCESS", entry.getString("outcome"));
        assertEquals(64, entry.getString("hash").length());
        assertTrue(after.containsKey("page") && after.containsKey("size"));
        // a bare id finds it too
        assertTrue(auditTotal(query("subject", Long.toString(id)), query("actor", "counsellor")) >= before + 1);
    }

    @Test
    void a_listing_of_students_is_in_the_trail_with_what_it_returned() {
        String[] filter = {query("actor", "counsellor"), query("action", "STUDENT_LIST_READ")};
        long before = auditTotal(filter);

        Api.Reply page = Api.as("counsellor").get("/api/v1/students?grade=9&size=3");
        assertEquals(200, page.status(), page.toString());

        JsonObject after = audit(filter);
        assertEquals(before + 1, after.getJsonNumber("total").longValue(), after.toString());
        JsonObject entry = after.getJsonArray("items").getJsonObject(0);
        assertEquals("STUDENT", entry.getString("targetType"));
        assertEquals("SUCCESS", entry.getString("outcome"));
        assertTrue(entry.getString("detail").contains("3 students") && entry.getString("detail").contains("grade 9"), entry.toString());
    }

    @Test
    void a_denied_call_is_audited_as_denied() {
        String[] filter = {query("actor", "teacher"), query("action", "API SchoolResource.create")};
        long before = auditTotal(filter);
        Api.Reply refused = Api.as("teacher").post("/api/v1/schools", Json.createObjectBuilder()
                .add("code", Fixtures.unique("x")).add("name", "Not allowed").add("district", "Linwei").add("stage", "PRIMARY").build());
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        JsonObject after = audit(filter);
        assertEquals(before + 1, after.getJsonNumber("total").longValue());
        assertEquals("DENIED", after.getJsonArray("items").getJsonObject(0).getString("outcome"));
    }

    @Test
    void reading_the_trail_is_itself_audited() {
        String[] filter = {query("actor", "auditor"), query("action", "AUDIT_QUERY")};
        long before = auditTotal(filter);
        long after = auditTotal(filter);
        assertEquals(before + 1, after);
        long verifies = auditTotal(query("actor", "auditor"), query("action", "AUDIT_VERIFY"));
        assertEquals(200, Fixtures.AUDITOR.get("/api/v1/audit/verify").status());
        assertEquals(verifies + 1, auditTotal(query("actor", "auditor"), query("action", "AUDIT_VERIFY")));
    }

    @Test
    void the_chain_verifies_and_counts_every_entry() {
        Api.Reply reply = Fixtures.AUDITOR.get("/api/v1/audit/verify");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject v = reply.json();
        assertTrue(v.getBoolean("valid"), v.toString());
        assertTrue(v.isNull("firstBroken"));
        assertTrue(v.getJsonNumber("entries").longValue() > 0);
        assertEquals(v.getJsonNumber("entries").longValue(), v.getJsonNumber("lastId").longValue());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"admin, 403", "counsellor, 403", "rules, 403", "teacher, 403"})
    void only_the_auditor_reads_the_trail(String username, int status) {
        assertEquals(status, Api.as(username).get("/api/v1/audit").status());
        assertEquals(status, Api.as(username).get("/api/v1/audit/verify").status());
        assertEquals(401, Api.anonymous().get("/api/v1/audit").status());
    }

    @ParameterizedTest(name = "?{0} → 400 on {1}")
    @CsvSource({"from=yesterday, from", "to=2026-02-30, to", "from=2026-11-30&to=2026-11-01, to",
            "subject=%3A, subject", "page=-1, page", "size=501, size", "size=ten, size"})
    void bad_parameters_are_a_400_problem_naming_the_field(String parameters, String field) {
        Api.Reply reply = Fixtures.AUDITOR.get("/api/v1/audit?" + parameters);
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void a_page_holds_at_most_size_items_and_states_the_total() {
        JsonObject page = audit("size=3", "page=1");
        assertEquals(3, page.getInt("size"));
        assertEquals(1, page.getInt("page"));
        assertTrue(page.getJsonArray("items").size() <= 3);
        assertTrue(page.getJsonNumber("total").longValue() >= 3);
        JsonObject dated = audit(query("from", "2000-01-01"), query("to", "2000-01-02"));
        assertEquals(0, dated.getJsonNumber("total").longValue());
        assertFalse(dated.getJsonArray("items").iterator().hasNext());
    }
}
