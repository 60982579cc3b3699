package org.xinyu.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.FactWriter;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.Zones;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Validation;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;
import org.xinyu.student.FactDates;
import org.xinyu.student.StudentDirectory;

import java.time.Clock;
import java.time.LocalDate;

/** Records screening results: scores them on the server, stores them, and lets the rules re-evaluate. */
@ApplicationScoped
public class ScreeningService {

    @Inject
    EntityManager em;

    @Inject
    StudentDirectory students;

    @Inject
    FactWriter facts;

    @Inject
    Clock clock;

    @Transactional
    @UseCase(permission = Permission.SCREENING_WRITE, audit = AuditAction.SCREENING_RECORD, target = "STUDENT")
    public ScreeningRecord record(long studentId, NewScreening request) {
        students.requireInScope(studentId);
        ScoredResult scored = score(studentId, request);
        LocalDate administeredOn = request.administeredOn();
        boolean duplicate = !em.createQuery("select r.id from ScreeningRecord r where r.studentId = :s and r.instrument = :i and r.administeredOn = :d", Long.class)
                .setParameter("s", studentId).setParameter("i", scored.instrument()).setParameter("d", administeredOn)
                .getResultList().isEmpty();
        if (duplicate) {
            throw ProblemException.conflict("screening.duplicate", "administeredOn", "this student already has a "
                    + scored.instrument() + " result on " + administeredOn, scored.instrument(), administeredOn.toString());
        }
        ScreeningRecord stored = new ScreeningRecord(studentId, administeredOn, scored, clock.instant(), RequestContext.current().actor());
        facts.stored(studentId, stored, EvaluationTrigger.SCREENING);
        AuditNote.target(studentId);
        AuditNote.detail("instrument=" + stored.instrument());
        return stored;
    }

    /** The instrument, the day and the answers, every problem of them reported together. */
    private ScoredResult score(long studentId, NewScreening request) {
        Validation v = new Validation();
        Instrument instrument = StandardInstruments.find(request.instrument()).orElse(null);
        v.require(instrument != null, "instrument", "screening.instrument.unknown", "unknown instrument " + request.instrument(),
                request.instrument());
        FactDates.problem("administeredOn", request.administeredOn(), LocalDate.now(clock.withZone(Zones.SCHOOL)),
                students.earliestFactDate(studentId)).ifPresent(v::add);
        ScoredResult scored = null;
        if (instrument != null) {
            try {
                scored = instrument.score(request.answers());
            } catch (ScoringException e) {
                e.errors().forEach(v::add);
            }
        }
        v.check();
        return scored;
    }
}
