package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.screening.ScreeningRecord;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;
import org.xinyu.student.Student;
import org.xinyu.student.StudentDirectory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The case file itself: reading it (every read audited, {@code CASE_READ}), its printed summary, and closing it.
 * What else is recorded on a case has its own service (assessments, home visits, referrals, follow-ups).
 */
@ApplicationScoped
public class CaseFileService {

    @Inject
    EntityManager em;

    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseViews views;

    @Inject
    StudentDirectory students;

    @Inject
    Access access;

    @Inject
    Clock clock;

    @Transactional
    @UseCase(permission = Permission.CASE_READ, audit = AuditAction.CASE_READ, target = "CASE")
    public CaseView view(long caseId) {
        CaseView view = views.assemble(caseFiles.inScope(caseId), true);
        AuditNote.target(caseId);
        return view;
    }

    /**
     * The case summary a counsellor prints before a parents' meeting: the same permission, scope and audit as
     * reading the case (a {@code CASE_READ}, detail "printed summary"), the latest screening results, and no
     * confidential note opened at all (assessment, completion and referral feedback notes stay sealed).
     */
    @Transactional
    @UseCase(permission = Permission.CASE_READ, audit = AuditAction.CASE_READ, target = "CASE")
    public CaseView.Summary summary(long caseId, int screenings) {
        CaseFile c = caseFiles.inScope(caseId);
        CaseView view = views.assemble(c, false);
        String schoolName = view.student().schoolClass().school().name();
        List<ScreeningRecord> recent = em.createQuery("select r from ScreeningRecord r where r.studentId = :s "
                        + "order by r.administeredOn desc, r.id desc", ScreeningRecord.class)
                .setParameter("s", c.studentId()).setMaxResults(screenings).getResultList();
        AuditNote.target(caseId);
        AuditNote.detail("printed summary");
        return new CaseView.Summary(view, schoolName, recent);
    }

    /** The student's case; 404 when the student has none. */
    @Transactional
    @UseCase(permission = Permission.CASE_READ, audit = AuditAction.CASE_READ, target = "CASE")
    public CaseView viewOfStudent(long studentId) {
        return ofStudent(studentId).orElseThrow(() -> ProblemException.notFound("Case"));
    }

    /**
     * The case of a student who may have none (the auditor's history search finds every student): empty for a
     * student without a case file, when no case was read and nothing is audited; else as {@link #viewOfStudent}.
     */
    @Transactional
    @UseCase(permission = Permission.CASE_READ, audit = AuditAction.CASE_READ, target = "CASE")
    public Optional<CaseView> findViewOfStudent(long studentId) {
        Optional<CaseView> view = ofStudent(studentId);
        if (view.isEmpty()) {
            AuditNote.skip();
        }
        return view;
    }

    private Optional<CaseView> ofStudent(long studentId) {
        Student student = students.find(studentId).orElseThrow(() -> ProblemException.notFound("Student"));
        access.requireInScope(student.schoolId(), student.grade(), student.classId(), "STUDENT", studentId);
        Optional<CaseFile> found = caseFiles.ofStudent(studentId);
        found.ifPresent(c -> AuditNote.target(c.id()));
        return found.map(c -> views.assemble(c, true));
    }

    /** Closes a case whose priority has returned to NONE ({@link CaseFile#close} holds the rule). */
    @Transactional
    @UseCase(permission = Permission.CASE_CLOSE, audit = AuditAction.CASE_CLOSE, target = "CASE")
    public CaseFile close(long caseId) {
        CaseFile c = caseFiles.inScope(caseId);
        c.close(clock.instant());
        AuditNote.target(caseId);
        return c;
    }
}
