package org.xinyu.audit;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The audit query from typed bounds (the view's date pickers) and the code of every malformed part. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditQueryCodesTest {

    @Test
    void a_day_as_the_end_includes_that_whole_day_in_beijing_time() {
        AuditQuery query = AuditQuery.of(TimeBound.day(LocalDate.of(2026, 11, 28)), TimeBound.day(LocalDate.of(2026, 11, 29)),
                null, null, null);
        assertEquals(Instant.parse("2026-11-27T16:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-11-29T16:00:00Z"), query.to());
        assertEquals(query, AuditQuery.parse("2026-11-28", "2026-11-29", null, null, null), "the API's text means the same");
    }

    @Test
    void an_instant_with_its_offset_is_taken_as_it_is() {
        assertEquals(Instant.parse("2026-11-29T00:30:00Z"), AuditQuery.parse("2026-11-29T08:30:00+08:00", null, null, null, null).from());
    }

    @Test
    void every_malformed_part_is_named_with_its_code() {
        ProblemException invalid = assertThrows(ProblemException.class,
                () -> AuditQuery.parse("yesterday", "2026-11-29", "a".repeat(65), "case 4:2", null));
        assertEquals(List.of("from audit.time", "actor tooLong", "subject audit.subjectType"),
                invalid.errors().stream().map(e -> e.field() + " " + e.code()).toList());
        assertEquals(List.of(FieldError.of("subject", "audit.subjectEmpty", "give a record type, an id or both, e.g. CASE:42")),
                assertThrows(ProblemException.class, () -> AuditQuery.parse(null, null, null, " : ", null)).errors());
    }

    @Test
    void the_end_must_come_after_the_start() {
        assertEquals(List.of(FieldError.of("to", "audit.toNotAfterFrom", "must be after from")),
                assertThrows(ProblemException.class, () -> AuditQuery.of(TimeBound.at(Instant.parse("2026-11-29T00:00:00Z")),
                        TimeBound.at(Instant.parse("2026-11-29T00:00:00Z")), null, null, null)).errors());
    }

    @Test
    void a_subject_splits_into_type_and_id_and_blank_parts_are_none() {
        AuditQuery query = AuditQuery.parse(" ", null, " counsellor ", "case:42", "");
        assertEquals(new AuditQuery(null, null, "counsellor", "CASE", "42", null, null), query);
    }
}
