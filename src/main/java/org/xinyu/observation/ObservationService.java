package org.xinyu.observation;

import org.xinyu.audit.AuditAction;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.problem.MultiLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.FactsChanged;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.Zones;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.Validation;
import org.xinyu.security.Permission;
import org.xinyu.student.StudentService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Head teachers' observations; each one re-evaluates the student's rules before the call answers. */
@ApplicationScoped
public class ObservationService {

    @Inject
    EntityManager em;

    @Inject
    StudentService students;

    @Inject
    AuditTrail audit;

    @Inject
    Event<FactsChanged> factsChanged;

    @Inject
    Clock clock;

    public record NewObservation(String category, Integer severity, String observedOn, @MultiLine String note) {
    }

    @Transactional
    public Observation record(long studentId, NewObservation request) {
        students.requireFactWrite(studentId, Permission.OBSERVATION_WRITE);
        Observation observation = store(studentId, request);
        factsChanged.fire(new FactsChanged(studentId, EvaluationTrigger.OBSERVATION));
        audit.success(AuditAction.OBSERVATION_RECORD, "STUDENT", studentId, "category=" + observation.category());
        return observation;
    }

    @Transactional
    public Observation recordUnchecked(long studentId, NewObservation request) {
        Observation observation = store(studentId, request);
        factsChanged.fire(new FactsChanged(studentId, EvaluationTrigger.OBSERVATION));
        return observation;
    }

    private Observation store(long studentId, NewObservation request) {
        Validation v = new Validation();
        if (request == null) {
            v.add(new FieldError("body", "is required"));
            v.check();
        }
        ObservationCategory category = null;
        if (request.category() == null) {
            v.add(new FieldError("category", "is required"));
        } else {
            try {
                category = ObservationCategory.valueOf(request.category());
            } catch (IllegalArgumentException e) {
                v.add(new FieldError("category", "unknown category " + request.category()));
            }
        }
        v.requireRange(request.severity(), 1, 3, "severity");
        LocalDate today = LocalDate.now(clock.withZone(Zones.SCHOOL));
        LocalDate observedOn = null;
        if (request.observedOn() == null || request.observedOn().isBlank()) {
            observedOn = today;
        } else {
            try {
                observedOn = LocalDate.parse(request.observedOn());
                v.require(!observedOn.isAfter(today), "observedOn", "cannot be in the future");
                v.require(!observedOn.isBefore(students.earliestFactDate(studentId)), "observedOn",
                        "cannot be before the student's birth date");
            } catch (DateTimeParseException e) {
                v.add(new FieldError("observedOn", "must be a date like 2026-11-29"));
            }
        }
        v.require(request.note() == null || request.note().length() <= 2000, "note", "must be at most 2000 characters");
        v.checkText(request.note(), "note", true);
        v.check();
        Observation observation = new Observation(studentId, category, request.severity(), observedOn,
                request.note() == null ? null : request.note().strip(), clock.instant(), RequestContext.current().actor());
        em.persist(observation);
        em.flush();
        return observation;
    }

    public List<Observation> ofStudent(long studentId) {
        return em.createQuery("select o from Observation o where o.studentId = :s order by o.observedOn desc, o.id desc", Observation.class)
                .setParameter("s", studentId).getResultList();
    }
}
