package org.xinyu.rules.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.Priority;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.rules.engine.fact.FamilyCircumstance;
import org.xinyu.rules.engine.fact.HomeVisit;
import org.xinyu.rules.engine.fact.Observation;
import org.xinyu.rules.engine.fact.OpenFollowUp;
import org.xinyu.rules.engine.fact.OpenReferral;
import org.xinyu.rules.engine.fact.RiskAssessment;
import org.xinyu.rules.engine.fact.ScreeningResult;
import org.xinyu.rules.engine.fact.Semester;
import org.xinyu.rules.engine.fact.Student;
import org.xinyu.screening.Band;
import org.xinyu.student.Circumstance;

/** A small vocabulary for table-driven rule tests: facts relative to a fixed "now". */
final class Facts {
    static final Instant NOW = OffsetDateTime.parse("2026-10-15T09:00:00+08:00").toInstant();
    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
    static final Clock CLOCK = Clock.fixed(NOW, CompiledRuleSet.SCHOOL_ZONE);
    static final Semester SEMESTER = new Semester(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 22));

    private Facts() {
    }

    static StudentFacts student(int grade, UnaryOperator<StudentFacts.Builder> f) {
        return f.apply(StudentFacts.builder(new Student(1, 1, grade, 1), SEMESTER)).build();
    }

    static StudentFacts student(UnaryOperator<StudentFacts.Builder> f) {
        return student(7, f);
    }

    static Instant ago(Duration d) {
        return NOW.minus(d);
    }

    static Instant days(long n) {
        return NOW.plus(Duration.ofDays(n));
    }

    static LocalDate day(long n) {
        return TODAY.plusDays(n);
    }

    private static long ids = 100;

    static synchronized long id() {
        return ids++;
    }

    static ScreeningResult phq(int total, int item9, int daysAgo) {
        return new ScreeningResult(id(), "PHQ9", TODAY.minusDays(daysAgo), NOW.minus(Duration.ofDays(daysAgo)), total,
                Band.NONE, item9, false, true);
    }

    static ScreeningResult gad(int total, int daysAgo) {
        return new ScreeningResult(id(), "GAD7", TODAY.minusDays(daysAgo), NOW.minus(Duration.ofDays(daysAgo)), total,
                Band.NONE, null, false, true);
    }

    static ScreeningResult other(Band band, boolean critical, boolean valid, int daysAgo) {
        return new ScreeningResult(id(), "MHT", TODAY.minusDays(daysAgo), NOW.minus(Duration.ofDays(daysAgo)), 0,
                band, null, critical, valid);
    }

    static Observation obs(ObservationCategory c, int severity, int daysAgo) {
        return new Observation(id(), c, severity, TODAY.minusDays(daysAgo), NOW.minus(Duration.ofDays(daysAgo)));
    }

    static FamilyCircumstance circ(Circumstance c) {
        return new FamilyCircumstance(c, TODAY.minusDays(40));
    }

    static RiskAssessment assessed(Priority conclusion, Instant at) {
        return new RiskAssessment(conclusion, at);
    }

    static OpenFollowUp open(long id, FollowUpType type, Instant due) {
        return new OpenFollowUp(id, type, due, null, null);
    }

    static OpenReferral referral(long id, Instant opened, Instant lastFeedback) {
        return new OpenReferral(id, opened, lastFeedback);
    }

    static HomeVisit visit(LocalDate on, HomeVisitMode mode, boolean absentParent) {
        return new HomeVisit(on, mode, absentParent);
    }
}
