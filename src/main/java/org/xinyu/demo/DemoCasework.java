package org.xinyu.demo;

import org.xinyu.platform.EvaluationTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.casework.CaseStatus;
import org.xinyu.casework.EscalationLevel;
import org.xinyu.casework.FollowUp;
import org.xinyu.casework.FollowUpStatus;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.OwnerRole;
import org.xinyu.casework.StudentOutlook;
import org.xinyu.rules.StudentEvaluator;
import org.xinyu.rules.Sweep;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.SystemActor;
import org.xinyu.security.UserAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo history's transactions: a moment's case work done by the staff members themselves, through the features'
 * own checked services (each act runs as its account, with that account's permissions and scope, and is audited under
 * its name), the sweep's page evaluation for the students time has changed something for, and what the replay reads
 * back (open follow-ups, each student's home-visit duty) to decide what the staff do next.
 */
@ApplicationScoped
public class DemoCasework {

    @Inject
    EntityManager em;

    @Inject
    StudentEvaluator evaluator;

    @Inject
    Sweep.Page pages;

    /** One act of a staff member about one student (a screening entered, a visit recorded, a follow-up completed). */
    record Act(String actor, long studentId, Runnable call) {
    }

    record OpenFollowUp(long id, long caseId, long studentId, FollowUpType type, OwnerRole owner, Instant createdAt,
                        Instant dueAt, EscalationLevel escalation) {
    }

    record Duty(long studentId, LocalDate nextVisitDue, Integer intervalDays, boolean perSemester,
                boolean absentParentRequired, boolean absentParentReached) {
    }

    record Observed(List<OpenFollowUp> followUps, List<Duty> duties) {
    }

    /** The demo accounts as the principals their acts run as, by username. */
    @Transactional
    public Map<String, AccountPrincipal> staff() {
        Map<String, AccountPrincipal> staff = new HashMap<>();
        for (UserAccount a : em.createQuery("select a from UserAccount a", UserAccount.class).getResultList()) {
            staff.put(a.username(), a.toPrincipal());
        }
        return staff;
    }

    /** Student ids by {@link DemoStudent#key()}. */
    @Transactional
    public Map<String, Long> studentIds() {
        Map<String, Long> ids = new HashMap<>();
        for (Object[] r : em.createQuery("select s.id, k.code, s.studentNo from Student s, School k where k.id = s.schoolId",
                Object[].class).getResultList()) {
            ids.put(r[1] + "/" + r[2], (Long) r[0]);
        }
        return ids;
    }

    /**
     * Does a moment's acts in one transaction; each student they concern is evaluated once at the end of it (as the
     * last of its writes would have), not once per write.
     */
    @Transactional
    public void perform(List<Act> acts, Map<String, AccountPrincipal> staff) {
        evaluator.onceAfter(() -> {
            for (Act act : acts) {
                AccountPrincipal principal = staff.get(act.actor());
                if (principal == null) {
                    throw new IllegalStateException("no demo account " + act.actor());
                }
                SystemActor.as(principal, principal.username(), () -> {
                    act.call().run();
                    return null;
                });
            }
        });
    }

    /** Whether a follow-up is still open (a planned completion is skipped otherwise). */
    public boolean isOpen(long followUpId) {
        FollowUp f = em.find(FollowUp.class, followUpId);
        return f != null && f.isOpen();
    }

    /** The sweep's evaluation of these students (its own transaction per page); returns how many changed. */
    public int sweep(List<Long> studentIds, EvaluationTrigger trigger) {
        int changed = 0;
        for (int from = 0; from < studentIds.size(); from += 500) {
            changed += pages.evaluate(studentIds.subList(from, Math.min(studentIds.size(), from + 500)), trigger.name());
        }
        return changed;
    }

    /** The students' open follow-ups and home-visit duties as the rules left them. */
    @Transactional
    public Observed observe(Collection<Long> studentIds) {
        List<Long> ids = new ArrayList<>(studentIds);
        List<OpenFollowUp> followUps = new ArrayList<>();
        List<Duty> duties = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (Object[] r : em.createQuery("select f, c.studentId from FollowUp f, CaseFile c where c.id = f.caseId "
                    + "and c.studentId in :ids and f.status = :open and c.status = :caseOpen", Object[].class)
                    .setParameter("ids", chunk).setParameter("open", FollowUpStatus.OPEN)
                    .setParameter("caseOpen", CaseStatus.OPEN).getResultList()) {
                FollowUp f = (FollowUp) r[0];
                followUps.add(new OpenFollowUp(f.id(), f.caseId(), (Long) r[1], f.type(), f.ownerRole(), f.createdAt(),
                        f.dueAt(), f.escalationLevel()));
            }
            for (StudentOutlook o : em.createQuery("select o from StudentOutlook o where o.studentId in :ids", StudentOutlook.class)
                    .setParameter("ids", chunk).getResultList()) {
                duties.add(new Duty(o.studentId(), o.nextVisitDue(), o.visitIntervalDays(), o.visitPerSemester(),
                        o.absentParentRequired(), o.absentParentReached()));
            }
        }
        followUps.sort((a, b) -> Long.compare(a.id(), b.id()));
        duties.sort((a, b) -> Long.compare(a.studentId(), b.studentId()));
        return new Observed(followUps, duties);
    }

    /** Figures of the history for the start-up log. */
    @Transactional
    public String figures(Instant now) {
        long visits = em.createQuery("select count(v) from HomeVisitRecord v", Long.class).getSingleResult();
        long visitsOverdue = em.createQuery("select count(o) from StudentOutlook o where o.nextVisitDue < :today", Long.class)
                .setParameter("today", LocalDate.ofInstant(now, org.xinyu.platform.Zones.SCHOOL)).getSingleResult();
        long done = em.createQuery("select count(f) from FollowUp f where f.status = :done", Long.class)
                .setParameter("done", FollowUpStatus.DONE).getSingleResult();
        long late = em.createQuery("select count(f) from FollowUp f where f.status = :done and f.completedAt > f.dueAt", Long.class)
                .setParameter("done", FollowUpStatus.DONE).getSingleResult();
        long overdue = em.createQuery("select count(f) from FollowUp f where f.status = :open and f.dueAt < :now", Long.class)
                .setParameter("open", FollowUpStatus.OPEN).setParameter("now", now).getSingleResult();
        long grade = em.createQuery("select count(f) from FollowUp f where f.gradeEscalatedAt is not null", Long.class)
                .getSingleResult();
        long school = em.createQuery("select count(f) from FollowUp f where f.schoolEscalatedAt is not null", Long.class)
                .getSingleResult();
        return visits + " home visits (" + visitsOverdue + " students' next visit overdue), " + done + " follow-ups completed ("
                + late + " late), " + overdue + " overdue, " + grade + " escalated to grade leaders and " + school
                + " to school leadership";
    }
}
