package org.xinyu.casework;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyu.observation.NewObservation;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.observation.ObservationService;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.rules.Sweep;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Role;
import org.xinyu.testkit.KitTest;
import org.xinyu.testkit.KitFixtures.SchoolWithClass;
import org.xinyu.testkit.XinyuKit.AuditEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Case work in plain JUnit (org.xinyu.testkit), called through the methods CaseResource calls: completing a
 * follow-up and closing a case, with the rules that open the case and the audit that records the work.
 */
class CaseServiceTest extends KitTest {

    static CaseFileService cases;
    static FollowUpService followUps;

    @BeforeAll
    static void start() {
        cases = kit.bean(CaseFileService.class);
        followUps = kit.bean(FollowUpService.class);
    }

    /** A case opened by the rules: a concerning observation makes the student MEDIUM (rules/scenarios/observations.json). */
    private static CaseView caseOf(SchoolWithClass s, String category, int severity) {
        long student = s.student().id();
        kit.as(s.headTeacher(), () -> kit.bean(ObservationService.class)
                .record(student, new NewObservation(ObservationCategory.valueOf(category), severity, null, null)));
        return kit.as(s.headTeacher(), () -> cases.viewOfStudent(student));
    }

    private static FollowUp open(CaseView view, FollowUpType type) {
        return view.followUps().stream().map(CaseView.FollowUpView::followUp)
                .filter(f -> f.type() == type && f.isOpen()).findFirst().orElseThrow(() -> new AssertionError(
                        "no open " + type + " in " + view.followUps().stream().map(v -> v.followUp().type()).toList()));
    }

    @Test
    void a_head_teacher_completes_their_check_in_with_a_note_kept_sealed_and_the_completion_audited() throws Exception {
        SchoolWithClass s = fixtures.schoolWithClass();
        CaseView view = caseOf(s, "LOW_MOOD", 2);
        assertEquals(Priority.MEDIUM, view.caseFile().priority());
        FollowUp checkIn = open(view, FollowUpType.CHECK_IN);
        long tip = kit.auditTip();

        kit.as(s.headTeacher(), () -> followUps.complete(view.caseFile().id(), checkIn.id(), new FollowUpCompletion("和学生谈过，情绪好转")));

        CaseView after = kit.as(s.headTeacher(), () -> cases.view(view.caseFile().id()));
        CaseView.FollowUpView done = after.followUps().stream().filter(f -> f.followUp().id().equals(checkIn.id()))
                .findFirst().orElseThrow();
        assertFalse(done.followUp().isOpen());
        assertEquals(s.headTeacher().username(), done.followUp().completedBy());
        assertEquals("和学生谈过，情绪好转", done.note());
        try (Connection c = kit.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("select completion_note from follow_up where id = ?")) {
            q.setLong(1, checkIn.id());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertTrue(rs.getString(1).startsWith("v1:"), "the note is stored sealed, not as plain text");
            }
        }
        List<AuditEntry> written = kit.auditAfter(tip);
        assertTrue(written.stream().anyMatch(e -> e.action().equals("FOLLOW_UP_COMPLETE") && e.outcome().equals("SUCCESS")
                && e.targetId().equals(checkIn.id().toString())), () -> "audited: " + written);
    }

    @Test
    void a_head_teacher_may_not_complete_the_counsellors_follow_up_and_the_refusal_is_audited() {
        SchoolWithClass s = fixtures.schoolWithClass();
        AccountPrincipal counsellor = fixtures.account(Role.COUNSELOR, s.school().id(), Set.of(), Set.of());
        long caseId = caseOf(s, "LOW_MOOD", 2).caseFile().id();
        CaseView view = kit.as(counsellor, () -> cases.view(caseId)); // a head teacher is not shown it
        FollowUp session = open(view, FollowUpType.COUNSELLING_SESSION);
        long tip = kit.auditTip();

        ProblemException refused = assertThrows(ProblemException.class, () -> kit.as(s.headTeacher(),
                () -> followUps.complete(view.caseFile().id(), session.id(), FollowUpCompletion.WITHOUT_NOTE)));

        assertEquals(403, refused.status());
        List<AuditEntry> written = kit.auditAfter(tip);
        assertTrue(kit.as(counsellor, () -> cases.view(caseId)).followUps().stream()
                .anyMatch(f -> f.followUp().id().equals(session.id()) && f.followUp().isOpen()));
        assertEquals(1, written.size(), () -> "audited: " + written);
        assertEquals("DENIED", written.get(0).outcome());
        assertEquals("FOLLOW_UP_COMPLETE", written.get(0).action());
    }

    @Test
    void a_case_is_closed_only_once_its_priority_has_returned_to_none() {
        SchoolWithClass s = fixtures.schoolWithClass();
        AccountPrincipal counsellor = fixtures.account(Role.COUNSELOR, s.school().id(), Set.of(), Set.of());
        CaseView view = caseOf(s, "SLEEP_APPETITE", 1);
        long caseId = view.caseFile().id();
        assertEquals(Priority.LOW, view.caseFile().priority());

        ProblemException early = assertThrows(ProblemException.class, () -> kit.as(counsellor, () -> cases.close(caseId)));
        assertEquals(409, early.status());

        List<AuditEntry> written;
        try {
            // a mild observation counts for 60 days; the sweep re-evaluates the student once it has aged out
            kit.clock().moveBy(Duration.ofDays(62));
            kit.as(counsellor, () -> kit.bean(Sweep.class).runAll(EvaluationTrigger.SWEEP));
            assertEquals(Priority.NONE, kit.as(counsellor, () -> cases.view(caseId)).caseFile().priority());
            long tip = kit.auditTip();

            CaseFile closed = kit.as(counsellor, () -> cases.close(caseId));
            written = kit.auditAfter(tip);

            assertEquals(CaseStatus.CLOSED, closed.status());
            assertNotNull(closed.closedAt());
        } finally {
            kit.clock().reset();
        }
        assertEquals(List.of("CASE_CLOSE"), written.stream().map(AuditEntry::action).toList());
        assertEquals(counsellor.username(), written.get(0).actor());
        assertEquals(CaseStatus.CLOSED, kit.as(counsellor, () -> cases.view(caseId)).caseFile().status());
        ProblemException again = assertThrows(ProblemException.class, () -> kit.as(counsellor, () -> cases.close(caseId)));
        assertEquals(409, again.status());
    }
}
