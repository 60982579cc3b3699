package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.FactWriter;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.Zones;
import org.xinyu.platform.problem.Validation;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;
import org.xinyu.student.StudentDirectory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Home visits (家访), for a case's student or for any student in the caller's scope (a visit is owed whether or not
 * the student has a case). Audited on the student, whichever way it was logged.
 */
@ApplicationScoped
public class HomeVisitService {

    @Inject
    CaseFiles caseFiles;

    @Inject
    StudentDirectory students;

    @Inject
    FactWriter facts;

    @Inject
    Clock clock;

    @Transactional
    @UseCase(permission = Permission.HOME_VISIT_WRITE, audit = AuditAction.HOME_VISIT_RECORD, target = "STUDENT")
    public HomeVisitRecord recordForCase(long caseId, NewHomeVisit request) {
        return record(caseFiles.inScope(caseId).studentId(), request);
    }

    @Transactional
    @UseCase(permission = Permission.HOME_VISIT_WRITE, audit = AuditAction.HOME_VISIT_RECORD, target = "STUDENT")
    public HomeVisitRecord recordForStudent(long studentId, NewHomeVisit request) {
        students.requireInScope(studentId);
        return record(studentId, request);
    }

    private HomeVisitRecord record(long studentId, NewHomeVisit request) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SCHOOL));
        LocalDate visitedOn = request.visitedOn() == null ? today : request.visitedOn();
        new Validation()
                .require(!visitedOn.isAfter(today), "visitedOn", "visit.future", "cannot be in the future")
                .require(!visitedOn.isBefore(students.earliestFactDate(studentId)), "visitedOn", "visit.beforeBirth",
                        "cannot be before the student's birth date")
                .check();
        HomeVisitRecord visit = new HomeVisitRecord(studentId, visitedOn, request.mode(), Boolean.TRUE.equals(request.contactedAbsentParent()),
                CaseNotes.blankToNull(request.note()), clock.instant(), RequestContext.current().actor());
        facts.stored(studentId, visit, EvaluationTrigger.HOME_VISIT);
        AuditNote.target(studentId);
        AuditNote.detail("mode " + request.mode());
        return visit;
    }
}
