package org.xinyu.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.FactsChanged;
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
    EntityManager em;

    @Inject
    StudentDirectory students;

    @Inject
    Event<FactsChanged> factsChanged;

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
        em.persist(observation);
        em.flush();
        factsChanged.fire(new FactsChanged(studentId, EvaluationTrigger.OBSERVATION));
        AuditNote.target(studentId);
        AuditNote.detail("category=" + observation.category());
        return observation;
    }
}
