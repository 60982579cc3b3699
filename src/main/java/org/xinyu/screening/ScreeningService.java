package org.xinyu.screening;

import org.xinyu.audit.AuditAction;
import org.xinyu.platform.EvaluationTrigger;
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
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Validation;
import org.xinyu.security.Permission;
import org.xinyu.student.StudentService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Records screening results: scores them on the server, stores them, and lets the rules re-evaluate. */
@ApplicationScoped
public class ScreeningService {

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

    public record NewScreening(String instrument, String administeredOn, List<Integer> answers) {
    }

    @Transactional
    public ScreeningRecord record(long studentId, NewScreening request) {
        students.requireFactWrite(studentId, Permission.SCREENING_WRITE);
        ScreeningRecord stored = store(studentId, request);
        factsChanged.fire(new FactsChanged(studentId, EvaluationTrigger.SCREENING));
        audit.success(AuditAction.SCREENING_RECORD, "STUDENT", studentId, "instrument=" + stored.instrument());
        return stored;
    }

    /** Demo data and imports: the same validation and scoring, no interactive caller. */
    @Transactional
    public ScreeningRecord recordUnchecked(long studentId, NewScreening request) {
        ScreeningRecord stored = store(studentId, request);
        factsChanged.fire(new FactsChanged(studentId, EvaluationTrigger.SCREENING));
        return stored;
    }

    private ScreeningRecord store(long studentId, NewScreening request) {
        if (request == null) {
            throw ProblemException.invalid("body", "is required");
        }
        Validation v = new Validation();
        Instrument instrument = null;
        if (request.instrument() == null || request.instrument().isBlank()) {
            v.add(new FieldError("instrument", "is required"));
        } else {
            instrument = StandardInstruments.find(request.instrument()).orElse(null);
            v.require(instrument != null, "instrument", "unknown instrument " + request.instrument());
        }
        LocalDate administeredOn = parseDate(request.administeredOn(), v);
        if (administeredOn != null && administeredOn.isBefore(students.earliestFactDate(studentId))) {
            v.add(new FieldError("administeredOn", "cannot be before the student's birth date"));
        }
        ScoredResult scored = null;
        if (instrument != null) {
            try {
                scored = instrument.score(request.answers());
            } catch (ScoringException e) {
                e.errors().forEach(error -> v.add(new FieldError(error.field(), error.message())));
            }
        }
        v.check();
        boolean duplicate = !em.createQuery("select r.id from ScreeningRecord r where r.studentId = :s and r.instrument = :i and r.administeredOn = :d", Long.class)
                .setParameter("s", studentId).setParameter("i", scored.instrument()).setParameter("d", administeredOn)
                .getResultList().isEmpty();
        if (duplicate) {
            throw ProblemException.conflict("administeredOn", "this student already has a " + scored.instrument() + " result on " + administeredOn);
        }
        ScreeningRecord record = new ScreeningRecord(studentId, administeredOn, scored, clock.instant(), RequestContext.current().actor());
        em.persist(record);
        em.flush();
        return record;
    }

    private LocalDate parseDate(String text, Validation v) {
        if (text == null || text.isBlank()) {
            v.add(new FieldError("administeredOn", "is required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(LocalDate.now(clock.withZone(Zones.SCHOOL)))) {
                v.add(new FieldError("administeredOn", "cannot be in the future"));
            }
            return date;
        } catch (DateTimeParseException e) {
            v.add(new FieldError("administeredOn", "must be a date like 2026-11-29"));
            return null;
        }
    }

    public List<ScreeningRecord> ofStudent(long studentId) {
        return em.createQuery("select r from ScreeningRecord r where r.studentId = :s order by r.administeredOn desc, r.id desc", ScreeningRecord.class)
                .setParameter("s", studentId).getResultList();
    }
}
