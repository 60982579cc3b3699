package org.xinyu.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.FactWriter;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.Zones;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;
import org.xinyu.student.FactDates;
import org.xinyu.student.StudentDirectory;

import java.time.Clock;
import java.time.LocalDate;

/** Head teachers' observations; each one re-evaluates the student's rules before the call answers. */
@ApplicationScoped
public class ObservationService {

    @Inject
    StudentDirectory students;

    @Inject
    FactWriter facts;

    @Inject
    Clock clock;

    @Transactional
    @UseCase(permission = Permission.OBSERVATION_WRITE, audit = AuditAction.OBSERVATION_RECORD, target = "STUDENT")
    public Observation record(long studentId, NewObservation request) {
        students.requireInScope(studentId);
        LocalDate today = LocalDate.now(clock.withZone(Zones.SCHOOL));
        LocalDate observedOn = request.observedOn() == null ? today : request.observedOn();
        FactDates.check("observedOn", observedOn, today, students.earliestFactDate(studentId));
        Observation observation = new Observation(studentId, request.category(), request.severity(), observedOn,
                request.note() == null ? null : request.note().strip(), clock.instant(), RequestContext.current().actor());
        facts.stored(studentId, observation, EvaluationTrigger.OBSERVATION);
        AuditNote.target(studentId);
        AuditNote.detail("category=" + observation.category());
        return observation;
    }
}
