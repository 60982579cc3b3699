package org.xinyu.casework;

import org.xinyu.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies the rules' outcome to a student's outlook and case file: opens the case at LOW or above, takes
 * the priority and reasons, creates the required follow-ups without duplicating an open one of the same
 * type, tightens due times where asked, records each escalation once, and stores the explanation.
 *
 * <p>Not a use case: this is the evaluator's work, not a caller's. It runs only inside the transaction of the fact
 * write or sweep that evaluated the students ({@code MANDATORY}: it will not start one), whose own use case has
 * already checked the permission and scope; it writes the rules' audit entries itself, in batches (CASE_OPEN,
 * CASE_PRIORITY, ESCALATE_*), under the rules' actor. No resource or view reaches it: it is public only for the
 * rules feature, which calls it from the evaluation.
 */
@ApplicationScoped
public class CaseOutcomes {

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * One student's outcome, with where the student is (copied onto the case for the queue's index), and the
     * student's case file (null if none) and its open follow-ups, read earlier in the same transaction.
     */
    public record Item(long studentId, long schoolId, long classId, int grade, CaseOutcome outcome,
                       CaseFile caseFile, List<FollowUp> openFollowUps) {
    }

    /**
     * Applies a batch of outcomes with one query for the whole batch (the outlooks, so that unchanged students cost
     * nothing more); the case files and open follow-ups come with the items.
     *
     * @param recordAlways store the explanation even when nothing changed (fact writes do; the sweep does not)
     * @return how many outcomes differed from the last one
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyAll(List<Item> items, boolean recordAlways) {
        if (items.isEmpty()) {
            return 0;
        }
        Map<Long, StudentOutlook> outlooks = em.createQuery("select o from StudentOutlook o where o.studentId in :ids", StudentOutlook.class)
                .setParameter("ids", items.stream().map(Item::studentId).toList()).getResultList().stream()
                .collect(Collectors.toMap(StudentOutlook::studentId, o -> o));
        // a student is looked at closer if the standing decision changed or the engine asks for actions
        List<Item> candidates = items.stream().filter(i -> recordAlways || standingChanged(i, outlooks.get(i.studentId()))
                || !i.outcome().followUps().isEmpty() || !i.outcome().escalations().isEmpty()).toList();
        if (candidates.isEmpty()) {
            return 0;
        }
        int changed = 0;
        AuditTrail.Batch audits = audit.batch();
        for (Item item : candidates) {
            if (applyOne(item, outlooks.get(item.studentId()), item.caseFile(), new ArrayList<>(item.openFollowUps()), recordAlways, audits)) {
                changed++;
            }
        }
        // the audit chain's lock is held from the first append until commit: write everything else first
        em.flush();
        audits.append();
        return changed;
    }

    private static boolean standingChanged(Item item, StudentOutlook outlook) {
        return outlook == null || !item.outcome().fingerprint().equals(outlook.fingerprint());
    }

    /** Returns whether anything changed; the explanation is stored if so, or always for fact writes. */
    private boolean applyOne(Item item, StudentOutlook existing, CaseFile caseFile, List<FollowUp> open, boolean recordAlways,
                             AuditTrail.Batch audits) {
        CaseOutcome outcome = item.outcome();
        long studentId = item.studentId();
        boolean changed = standingChanged(item, existing);
        if (changed) {
            StudentOutlook outlook = existing == null ? new StudentOutlook(studentId) : existing;
            outlook.update(outcome, item.schoolId(), item.classId(), item.grade());
            if (existing == null) {
                em.persist(outlook);
            }
        }
        Instant now = clock.instant();
        Priority previous = caseFile == null ? Priority.NONE : caseFile.priority();
        if (caseFile == null && outcome.priority() != Priority.NONE) {
            caseFile = new CaseFile(studentId, item.schoolId(), item.classId(), item.grade(), now);
            em.persist(caseFile); // the sequence assigns the id here: no flush needed (a flush per case made pages quadratic)
            long openedId = caseFile.id();
            audits.success(AuditAction.CASE_OPEN, "CASE", openedId, "priority " + outcome.priority());
            changed = true;
        }
        if (caseFile != null) {
            if (changed) {
                caseFile.placeIn(item.schoolId(), item.classId(), item.grade());
                Instant reachedAt = outcome.priorityReachedAt() != null ? outcome.priorityReachedAt() : now;
                caseFile.decide(outcome.priority(), reachedAt, outcome.reasonsJson(), outcome.ruleSetVersion());
                if (previous != outcome.priority() && existing != null) {
                    long caseId = caseFile.id();
                    audits.success(AuditAction.CASE_PRIORITY, "CASE", caseId, previous + " -> " + outcome.priority());
                }
            }
            boolean actions = false;
            for (CaseOutcome.Required required : outcome.followUps()) {
                Optional<FollowUp> same = open.stream()
                        .filter(f -> f.type() == required.type() && Objects.equals(f.referralId(), required.referralId()))
                        .findFirst();
                if (same.isPresent()) {
                    Instant before = same.get().dueAt();
                    if (required.tightenIfOpen() && same.get().tightenTo(required.dueAt())) {
                        // the history shows each entry with the due time it had then
                        em.persist(new FollowUpDueChange(same.get().id(), now, before, same.get().dueAt(), required.rule()));
                        actions = true;
                    }
                } else {
                    FollowUp created = new FollowUp(caseFile.id(), required.type(), required.ownerRole(), required.dueAt(),
                            required.referralId(), required.rule(), now);
                    em.persist(created);
                    open.add(created);
                    actions = true;
                }
            }
            for (CaseOutcome.EscalationOrder order : outcome.escalations()) {
                Optional<FollowUp> target = open.stream().filter(f -> f.id() != null && f.id() == order.followUpId()).findFirst();
                if (target.isPresent() && target.get().escalate(order.level(), now)) {
                    FollowUp escalated = target.get();
                    audits.success(order.level() == EscalationLevel.GRADE_LEADER ? AuditAction.ESCALATE_GRADE_LEADER : AuditAction.ESCALATE_SCHOOL_LEADERSHIP, "FOLLOW_UP", escalated.id(), "case " + escalated.caseId());
                    actions = true;
                }
            }
            // always: a follow-up completed since the last evaluation moves the next due time without any other change
            Instant nextDue = open.stream().filter(FollowUp::isOpen).map(FollowUp::dueAt).min(Comparator.naturalOrder()).orElse(null);
            if (!Objects.equals(nextDue, caseFile.nextDueAt())) {
                caseFile.nextDue(nextDue);
                changed = true;
            }
            changed |= actions;
        }
        if (changed || recordAlways) {
            em.persist(new EvaluationRecord(studentId, caseFile == null ? null : caseFile.id(), outcome, previous));
        }
        return changed;
    }
}
