package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.security.Access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The case files and what belongs to them (follow-ups, assessments, referrals), in the terms the use cases speak.
 * A case outside the caller's scope is answered as one that does not exist (404), and the attempt is audited as a
 * denial ({@link Access#requireInScope}).
 */
@ApplicationScoped
public class CaseFiles {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    /** The case, if it exists and is within the caller's scope; else 404. */
    CaseFile inScope(long caseId) {
        CaseFile c = em.find(CaseFile.class, caseId);
        if (c == null) {
            throw ProblemException.notFound("Case");
        }
        access.requireInScope(c.schoolId(), c.grade(), c.classId(), "CASE", caseId);
        return c;
    }

    /** The student's case file, if the student has one (the caller's scope is the caller's to check first). */
    Optional<CaseFile> ofStudent(long studentId) {
        return em.createQuery("select c from CaseFile c where c.studentId = :s", CaseFile.class)
                .setParameter("s", studentId).getResultList().stream().findFirst();
    }

    StudentOutlook outlook(long studentId) {
        return em.find(StudentOutlook.class, studentId);
    }

    /** A follow-up of this case; one of another case is not found. */
    FollowUp followUp(CaseFile c, long followUpId) {
        FollowUp f = em.find(FollowUp.class, followUpId);
        if (f == null || f.caseId() != c.id()) {
            throw ProblemException.notFound("Follow-up");
        }
        return f;
    }

    /** A referral of this case; one of another case is not found. */
    Referral referral(CaseFile c, long referralId) {
        Referral r = em.find(Referral.class, referralId);
        if (r == null || r.caseId() != c.id()) {
            throw ProblemException.notFound("Referral");
        }
        return r;
    }

    /** Open ones first, then by due time. */
    List<FollowUp> followUps(long caseId) {
        return em.createQuery("select f from FollowUp f where f.caseId = :c order by f.status desc, f.dueAt", FollowUp.class)
                .setParameter("c", caseId).getResultList();
    }

    /** Newest first. */
    List<RiskAssessment> assessments(long caseId) {
        return em.createQuery("select a from RiskAssessment a where a.caseId = :c order by a.assessedAt desc", RiskAssessment.class)
                .setParameter("c", caseId).getResultList();
    }

    /** Newest first. */
    List<Referral> referrals(long caseId) {
        return em.createQuery("select r from Referral r where r.caseId = :c order by r.openedAt desc", Referral.class)
                .setParameter("c", caseId).getResultList();
    }

    /**
     * Completes the case's open follow-ups of a type whose work a recorded fact has done (an assessment completes
     * RISK_ASSESSMENT); with {@code referralId}, only those about that referral.
     */
    void completeOpen(long caseId, FollowUpType type, Long referralId, String by, Instant now) {
        for (FollowUp f : em.createQuery("select f from FollowUp f where f.caseId = :c and f.type = :t and f.status = :open", FollowUp.class)
                .setParameter("c", caseId).setParameter("t", type).setParameter("open", FollowUpStatus.OPEN).getResultList()) {
            if (referralId == null || referralId.equals(f.referralId())) {
                f.complete(by, null, now);
            }
        }
    }

    /** Stores a new fact of the case (assessment, referral). */
    void add(Object fact) {
        em.persist(fact);
    }
}
