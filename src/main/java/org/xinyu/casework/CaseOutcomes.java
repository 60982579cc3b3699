package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies the rules' outcome to a student's outlook and case file: opens the case at LOW or above, takes
 * the priority and reasons, creates the required follow-ups without duplicating an open one of the same
 * type, tightens due times where asked, records each escalation once, and stores the explanation.
 */
@ApplicationScoped
public class CaseOutcomes {

    @PersistenceContext(unitName = "xinyu")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @param recordAlways store the explanation even when nothing changed (fact writes do; the sweep does not)
     * @return whether the outcome differed from the last one
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(long studentId, long schoolId, long classId, int grade, CaseOutcome outcome, boolean recordAlways) {
        StudentOutlook outlook = em.find(StudentOutlook.class, studentId);
        boolean fresh = outlook == null;
        if (fresh) {
            outlook = new StudentOutlook(studentId);
        }
        boolean changed = !outcome.fingerprint().equals(outlook.fingerprint());
        if (!changed && !recordAlways) {
            return false;
        }
        outlook.update(outcome, schoolId, classId, grade);
        if (fresh) {
            em.persist(outlook);
        }
        Instant now = clock.instant();
        CaseFile caseFile = caseOf(studentId).orElse(null);
        Priority previous = caseFile == null ? Priority.NONE : caseFile.priority();
        if (caseFile == null && outcome.priority() != Priority.NONE) {
            caseFile = new CaseFile(studentId, schoolId, classId, grade, now);
            em.persist(caseFile);
            em.flush();
            audit.success("CASE_OPEN", "CASE", caseFile.id(), "priority " + outcome.priority());
        }
        if (caseFile != null) {
            caseFile.placeIn(schoolId, classId, grade);
            Instant reachedAt = outcome.priorityReachedAt() != null ? outcome.priorityReachedAt() : now;
            caseFile.decide(outcome.priority(), reachedAt, outcome.reasonsJson(), outcome.ruleSetVersion());
            if (previous != outcome.priority() && !fresh) {
                audit.success("CASE_PRIORITY", "CASE", caseFile.id(), previous + " -> " + outcome.priority());
            }
            List<FollowUp> open = openFollowUps(caseFile.id());
            for (CaseOutcome.Required required : outcome.followUps()) {
                Optional<FollowUp> same = open.stream()
                        .filter(f -> f.type() == required.type() && Objects.equals(f.referralId(), required.referralId()))
                        .findFirst();
                if (same.isPresent()) {
                    if (required.tightenIfOpen()) {
                        same.get().tightenTo(required.dueAt());
                    }
                } else {
                    FollowUp created = new FollowUp(caseFile.id(), required.type(), required.ownerRole(), required.dueAt(),
                            required.referralId(), required.rule(), now);
                    em.persist(created);
                    open.add(created);
                }
            }
            for (CaseOutcome.EscalationOrder order : outcome.escalations()) {
                open.stream().filter(f -> f.id() != null && f.id() == order.followUpId()).findFirst().ifPresent(f -> {
                    if (f.escalate(order.level(), now)) {
                        audit.success("ESCALATE_" + order.level(), "FOLLOW_UP", f.id(), "case " + f.caseId());
                    }
                });
            }
            caseFile.nextDue(open.stream().map(FollowUp::dueAt).min(Comparator.naturalOrder()).orElse(null));
        }
        em.persist(new EvaluationRecord(studentId, caseFile == null ? null : caseFile.id(), outcome, previous));
        return changed;
    }

    public Optional<CaseFile> caseOf(long studentId) {
        return em.createQuery("select c from CaseFile c where c.studentId = :s", CaseFile.class)
                .setParameter("s", studentId).getResultList().stream().findFirst();
    }

    List<FollowUp> openFollowUps(long caseId) {
        return new java.util.ArrayList<>(em.createQuery("select f from FollowUp f where f.caseId = :c and f.status = :open", FollowUp.class)
                .setParameter("c", caseId).setParameter("open", FollowUpStatus.OPEN).getResultList());
    }
}
