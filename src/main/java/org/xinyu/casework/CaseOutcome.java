package org.xinyu.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code fingerprint} covers the standing decision only (priority, reasons, home-visit duty); the follow-ups and
 * escalations are actions whose effect is judged when they are applied.
 *
 * What the rules decided for one student, in casework's own terms (the rules engine translates its
 * evaluation into this, so casework does not depend on the engine). JSON parts are the explanation.
 */
public record CaseOutcome(String trigger, int ruleSetVersion, Instant evaluatedAt, Priority priority,
                          Instant priorityReachedAt, String reasonsJson, List<Required> followUps,
                          List<EscalationOrder> escalations, Visit visit,
                          String factsJson, String firedJson, String outcomeJson, String fingerprint) {

    /** A follow-up the case must have (see the engine's RequiredFollowUp for the semantics). */
    public record Required(FollowUpType type, OwnerRole ownerRole, Instant dueAt, Long referralId, boolean tightenIfOpen, String rule) {
    }

    public record EscalationOrder(long followUpId, EscalationLevel level, String rule) {
    }

    public record Visit(Integer intervalDays, boolean perSemester, LocalDate lastVisitOn, LocalDate nextDueBy, boolean overdue,
                        boolean absentParentContactRequired, boolean absentParentContactSatisfied, boolean remoteCounts) {
    }
}
