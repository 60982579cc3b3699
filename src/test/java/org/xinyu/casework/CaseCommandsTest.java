package org.xinyu.casework;

import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.Violations;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case commands' own checks, with the fields, codes and messages the hand-written checks answered. */
class CaseCommandsTest {

    private static List<String> fields(Object command) {
        return Violations.of(command).stream().map(FieldError::field).toList();
    }

    private static List<String> codes(Object command) {
        return Violations.of(command).stream().map(FieldError::code).toList();
    }

    @Test
    void an_assessment_needs_its_conclusion_and_a_short_clean_note() {
        assertTrue(Violations.of(new NewAssessment(Priority.HIGH, "第一行\n第二行")).isEmpty());
        assertTrue(Violations.of(new NewAssessment(Priority.NONE, null)).isEmpty());
        assertEquals(List.of("conclusion", "note"), fields(new NewAssessment(null, "x".repeat(4001))));
        assertEquals(List.of("required", "tooLong"), codes(new NewAssessment(null, "x".repeat(4001))));
        assertEquals("must be at most 4000 characters", Violations.of(new NewAssessment(Priority.LOW, "x".repeat(4001))).get(0).message());
        assertEquals(List.of("text.bidi"), codes(new NewAssessment(Priority.LOW, "\u202E")));
    }

    @Test
    void a_home_visit_needs_its_mode_and_may_leave_out_the_date() {
        assertTrue(Violations.of(new NewHomeVisit(null, HomeVisitMode.PHONE, null, null)).isEmpty());
        assertTrue(Violations.of(new NewHomeVisit(LocalDate.of(2026, 11, 2), HomeVisitMode.IN_PERSON, true, "面谈\n良好")).isEmpty());
        assertEquals(List.of("mode", "note"), fields(new NewHomeVisit(null, null, false, "x".repeat(2001))));
        assertEquals("must be at most 2000 characters", Violations.of(new NewHomeVisit(null, HomeVisitMode.PHONE, null, "x".repeat(2001)))
                .get(0).message());
    }

    @Test
    void a_referral_needs_an_institution_on_one_line_a_reason_and_the_parents_answer() {
        assertTrue(Violations.of(new NewReferral("市心理卫生中心", "持续情绪低落\n睡眠差", false)).isEmpty());
        assertEquals(List.of("institution", "reason", "parentConsent"), fields(new NewReferral("  ", null, null)));
        assertEquals(List.of("required", "required", "required"), codes(new NewReferral("  ", null, null)));
        assertEquals(List.of("text.singleLine"), codes(new NewReferral("市心理\n卫生中心", "原因", true)));
        assertEquals(List.of("tooLong", "tooLong"), codes(new NewReferral("x".repeat(201), "y".repeat(1001), true)));
    }

    @Test
    void a_referral_update_is_made_as_of_a_version() {
        assertTrue(Violations.of(new ReferralUpdate(null, "反馈", 0)).isEmpty());
        assertEquals(List.of("version"), fields(new ReferralUpdate(ReferralStatus.ACCEPTED, null, null)));
        assertEquals(List.of("feedback"), fields(new ReferralUpdate(null, "x".repeat(4001), 2)));
    }

    @Test
    void a_referral_update_without_status_or_feedback_asks_for_nothing() {
        assertFalse(new ReferralUpdate(null, null, 0).changesSomething());
        assertFalse(new ReferralUpdate(null, "  \n ", 0).changesSomething());
        assertTrue(new ReferralUpdate(null, "反馈", 0).changesSomething());
        assertTrue(new ReferralUpdate(ReferralStatus.CLOSED, null, 0).changesSomething());
    }

    @Test
    void a_completion_note_is_optional_short_and_clean() {
        assertTrue(Violations.of(FollowUpCompletion.WITHOUT_NOTE).isEmpty());
        assertTrue(Violations.of(new FollowUpCompletion("已电话联系家长。\n家长表示配合。")).isEmpty());
        assertEquals(List.of("tooLong"), codes(new FollowUpCompletion("x".repeat(2001))));
        assertEquals(List.of("text.control"), codes(new FollowUpCompletion("a\u0000b")));
    }
}
