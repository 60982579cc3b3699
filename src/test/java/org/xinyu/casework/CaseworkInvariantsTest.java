package org.xinyu.casework;

import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.ProblemException;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules the case's entities hold themselves, whoever calls them. */
class CaseworkInvariantsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    private static void assertRefused(int status, String code, Runnable action) {
        ProblemException refused = assertThrows(ProblemException.class, action::run);
        assertEquals(status, refused.status());
        assertEquals(code, refused.code());
    }

    @Test
    void a_case_above_none_cannot_be_closed() {
        CaseFile c = new CaseFile(3, 1, 2, 7, NOW);
        c.decide(Priority.LOW, NOW, "[]", 1);
        assertFalse(c.mayClose());
        assertRefused(409, "case.notClosable", () -> c.close(NOW));
        assertEquals(CaseStatus.OPEN, c.status());
    }

    @Test
    void a_case_back_at_none_is_closed_once() {
        CaseFile c = new CaseFile(3, 1, 2, 7, NOW);
        c.decide(Priority.HIGH, NOW, "[]", 1);
        c.decide(Priority.NONE, NOW.plusSeconds(60), "[]", 1);
        assertTrue(c.mayClose());
        c.close(NOW.plusSeconds(120));
        assertEquals(CaseStatus.CLOSED, c.status());
        assertEquals(NOW.plusSeconds(120), c.closedAt());
        assertFalse(c.mayClose());
        assertRefused(409, "case.alreadyClosed", () -> c.close(NOW.plusSeconds(180)));
    }

    @Test
    void a_completed_follow_up_cannot_be_completed_again() {
        FollowUp f = new FollowUp(7, FollowUpType.CHECK_IN, OwnerRole.HEAD_TEACHER, NOW.plusSeconds(3600), null, "rule", NOW);
        f.complete("wang.li", "sealed", NOW);
        assertFalse(f.isOpen());
        assertRefused(409, "followUp.alreadyCompleted", () -> f.complete("zhao.min", null, NOW.plusSeconds(60)));
        assertEquals("wang.li", f.completedBy(), "the first completion stands");
        assertEquals("sealed", f.sealedCompletionNote());
    }

    @Test
    void a_referral_takes_feedback_and_a_new_status() {
        Referral r = new Referral(7, "市心理卫生中心", "持续情绪低落", true, NOW, "counsellor");
        r.update(null, "sealed feedback", 0, NOW.plusSeconds(60));
        assertEquals(ReferralStatus.OPEN, r.status());
        assertEquals("sealed feedback", r.sealedFeedback());
        assertEquals(NOW.plusSeconds(60), r.lastFeedbackAt());
        r.update(ReferralStatus.CLOSED, null, 0, NOW.plusSeconds(120));
        assertEquals(ReferralStatus.CLOSED, r.status());
        assertEquals(NOW.plusSeconds(120), r.closedAt());
        assertEquals("sealed feedback", r.sealedFeedback(), "no feedback given keeps the last");
    }

    @Test
    void a_closed_referral_takes_no_update() {
        Referral r = new Referral(7, "市心理卫生中心", "持续情绪低落", true, NOW, "counsellor");
        r.update(ReferralStatus.CLOSED, null, 0, NOW);
        assertRefused(409, "referral.closed", () -> r.update(ReferralStatus.OPEN, null, 0, NOW.plusSeconds(60)));
        assertEquals(ReferralStatus.CLOSED, r.status());
    }

    @Test
    void a_referral_changed_since_it_was_read_is_refused_before_anything_else() {
        Referral r = new Referral(7, "市心理卫生中心", "持续情绪低落", true, NOW, "counsellor");
        assertRefused(409, "referral.stale", () -> r.update(ReferralStatus.ACCEPTED, null, 1, NOW));
        assertEquals(ReferralStatus.OPEN, r.status());
        r.update(ReferralStatus.CLOSED, null, 0, NOW);
        assertRefused(409, "referral.stale", () -> r.update(null, "late feedback", 3, NOW));
        assertEquals(null, r.sealedFeedback());
    }
}
