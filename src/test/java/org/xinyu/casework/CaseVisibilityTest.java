package org.xinyu.casework;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Role;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseVisibilityTest {

    private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    static AccountPrincipal caller(Role role) {
        return new AccountPrincipal(1, "someone", "某人", Set.of(role), 1L, Set.of(), Set.of());
    }

    static FollowUp followUp(OwnerRole owner, boolean escalated) {
        FollowUp f = new FollowUp(7, FollowUpType.CHECK_IN, owner, NOW.plusSeconds(86_400), null, "rule", NOW);
        if (escalated) {
            f.escalate(EscalationLevel.GRADE_LEADER, NOW);
        }
        return f;
    }

    @ParameterizedTest(name = "{0} and a follow-up of the {1} (escalated {2}): sees {3}, reads its note {4}, may complete {5}")
    @CsvSource({
            "COUNSELOR,     COUNSELOR,    false, true,  true,  true",
            "COUNSELOR,     HEAD_TEACHER, false, true,  true,  true",
            "HEAD_TEACHER,  HEAD_TEACHER, false, true,  true,  true",
            "HEAD_TEACHER,  COUNSELOR,    false, false, false, false",
            "HEAD_TEACHER,  COUNSELOR,    true,  false, false, false",
            "GRADE_LEADER,  HEAD_TEACHER, false, true,  false, false",
            "GRADE_LEADER,  COUNSELOR,    false, false, false, false",
            "GRADE_LEADER,  COUNSELOR,    true,  true,  false, false",
            "SCHOOL_LEADER, COUNSELOR,    false, true,  false, false",
            "SCHOOL_LEADER, HEAD_TEACHER, false, true,  false, false",
            "AUDITOR,       COUNSELOR,    false, true,  false, false",
            "AUDITOR,       HEAD_TEACHER, true,  true,  false, false",
    })
    void who_sees_a_follow_up_reads_its_note_and_may_complete_it(Role role, OwnerRole owner, boolean escalated,
                                                                 boolean sees, boolean readsNote, boolean mayComplete) {
        CaseVisibility visibility = CaseVisibility.of(caller(role));
        FollowUp f = followUp(owner, escalated);
        assertEquals(sees, visibility.sees(f), "sees");
        assertEquals(readsNote, visibility.readsNoteOf(f), "reads the note");
        assertEquals(mayComplete, visibility.mayComplete(f), "may complete");
        // the head teacher's list of open follow-ups asks the same question without the entity
        assertEquals(mayComplete, visibility.mayCompleteOpen(owner), "may complete an open one");
    }

    @ParameterizedTest(name = "{0}: the whole case {1}, confidential notes {2}")
    @CsvSource({
            "COUNSELOR,     true,  true",
            "SCHOOL_LEADER, true,  false",
            "AUDITOR,       true,  false",
            "GRADE_LEADER,  false, false",
            "HEAD_TEACHER,  false, false",
    })
    void who_sees_assessments_and_referrals_and_who_reads_confidential_notes(Role role, boolean wholeCase, boolean confidential) {
        CaseVisibility visibility = CaseVisibility.of(caller(role));
        assertEquals(wholeCase, visibility.seesWholeCase(), "assessments and referrals");
        assertEquals(confidential, visibility.readsConfidentialNotes(), "confidential notes");
    }

    @ParameterizedTest(name = "{0} may complete a completed follow-up: never")
    @CsvSource({"COUNSELOR", "HEAD_TEACHER"})
    void nobody_may_complete_a_completed_follow_up(Role role) {
        FollowUp f = followUp(OwnerRole.HEAD_TEACHER, false);
        f.complete("someone", null, NOW);
        assertEquals(false, CaseVisibility.of(caller(role)).mayComplete(f));
    }

    @ParameterizedTest(name = "{0} may close a case back at NONE: {1}")
    @CsvSource({"COUNSELOR, true", "SCHOOL_LEADER, false", "HEAD_TEACHER, false"})
    void only_a_counsellor_may_close_a_case(Role role, boolean mayClose) {
        CaseFile c = new CaseFile(3, 1, 2, 7, NOW);
        assertEquals(mayClose, CaseVisibility.of(caller(role)).mayClose(c));
    }
}
