package org.xinyu.audit;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditQueryTest {

    @Test
    void no_parameters_ask_for_everything() {
        assertEquals(AuditQuery.ALL, AuditQuery.parse(null, "", " ", null, null));
        assertEquals("all", AuditQuery.ALL.describe());
    }

    @Test
    void a_date_is_a_whole_day_in_beijing_time_and_to_includes_that_day() {
        AuditQuery q = AuditQuery.parse("2026-11-29", "2026-11-29", null, null, null);
        assertEquals(Instant.parse("2026-11-28T16:00:00Z"), q.from());
        assertEquals(Instant.parse("2026-11-29T16:00:00Z"), q.to());
    }

    @Test
    void instants_may_be_given_in_utc_or_with_an_offset() {
        AuditQuery q = AuditQuery.parse("2026-11-29T08:30:00+08:00", "2026-11-29T01:00:00Z", null, null, null);
        assertEquals(Instant.parse("2026-11-29T00:30:00Z"), q.from());
        assertEquals(Instant.parse("2026-11-29T01:00:00Z"), q.to());
    }

    @ParameterizedTest(name = "subject \"{0}\" → type {1}, id {2}, either {3}")
    @CsvSource(nullValues = "NULL", value = {
            "CASE:42,    CASE,    42,   NULL",
            "case:42,    CASE,    42,   NULL",
            "STUDENT:,   STUDENT, NULL, NULL",
            ":42,        NULL,    42,   NULL",
            "42,         NULL,    NULL, 42",
            "SYSTEM:clock, SYSTEM, clock, NULL",
    })
    void a_subject_names_a_record_type_an_id_or_both(String subject, String type, String id, String any) {
        AuditQuery q = AuditQuery.parse(null, null, null, subject, null);
        assertEquals(type, q.subjectType());
        assertEquals(id, q.subjectId());
        assertEquals(any, q.subjectAny());
    }

    @ParameterizedTest(name = "from={0} to={1} actor={2} subject={3} action={4} → 400 on {5}")
    @CsvSource(nullValues = "NULL", value = {
            "yesterday,            NULL,                 NULL, NULL,     NULL, from",
            "2026-13-01,           NULL,                 NULL, NULL,     NULL, from",
            "2026-11-29T08:30:00,  NULL,                 NULL, NULL,     NULL, from",
            "NULL,                 29/11/2026,           NULL, NULL,     NULL, to",
            "2026-11-30,           2026-11-29,           NULL, NULL,     NULL, to",
            "2026-11-29T08:00:00Z, 2026-11-29T08:00:00Z, NULL, NULL,     NULL, to",
            "NULL,                 NULL,                 NULL, :,        NULL, subject",
            "NULL,                 NULL,                 NULL, CA SE:42, NULL, subject",
            "NULL,                 NULL,                 NULL, 1CASE:42, NULL, subject",
    })
    void malformed_parameters_are_a_400_naming_the_field(String from, String to, String actor, String subject,
                                                         String action, String field) {
        ProblemException e = assertThrows(ProblemException.class, () -> AuditQuery.parse(from, to, actor, subject, action));
        assertEquals(400, e.status());
        assertTrue(e.errors().stream().map(FieldError::field).anyMatch(field::equals), e.errors().toString());
    }

    @Test
    void overlong_values_are_refused_and_every_bad_field_is_reported_at_once() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> AuditQuery.parse("soon", null, "a".repeat(65), null, "b".repeat(65)));
        assertEquals(3, e.errors().size(), e.errors().toString());
    }

    @Test
    void the_description_names_only_what_was_asked() {
        AuditQuery q = AuditQuery.parse(null, null, "counsellor", "CASE:42", null);
        assertEquals("actor=counsellor subject=CASE:42", q.describe());
        assertNull(q.from());
    }
}
