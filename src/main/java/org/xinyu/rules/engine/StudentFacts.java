package org.xinyu.rules.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.Priority;
import org.xinyu.rules.engine.fact.FamilyCircumstance;
import org.xinyu.rules.engine.fact.HomeVisit;
import org.xinyu.rules.engine.fact.Observation;
import org.xinyu.rules.engine.fact.OpenFollowUp;
import org.xinyu.rules.engine.fact.OpenReferral;
import org.xinyu.rules.engine.fact.RiskAssessment;
import org.xinyu.rules.engine.fact.ScreeningResult;
import org.xinyu.rules.engine.fact.Semester;
import org.xinyu.rules.engine.fact.Student;

/**
 * Everything the rules may know about one student, assembled by the application. Immutable; build
 * with {@link #builder(Student, Semester)}.
 *
 * <p>{@code casePriority} is null when the student has no case; {@code latestAssessment} is null when
 * no risk assessment has been recorded. {@code lastCompletions} holds the last completion instant
 * per follow-up type.
 */
public final class StudentFacts {

    private final Student student;
    private final Semester semester;
    private final List<FamilyCircumstance> circumstances;
    private final List<ScreeningResult> screenings;
    private final List<Observation> observations;
    private final Priority casePriority;
    private final Instant priorityReachedAt;
    private final RiskAssessment latestAssessment;
    private final List<OpenFollowUp> openFollowUps;
    private final Map<FollowUpType, Instant> lastCompletions;
    private final List<OpenReferral> openReferrals;
    private final List<HomeVisit> homeVisits;

    private StudentFacts(Builder b) {
        this.student = b.student;
        this.semester = b.semester;
        this.circumstances = List.copyOf(b.circumstances);
        this.screenings = List.copyOf(b.screenings);
        this.observations = List.copyOf(b.observations);
        this.casePriority = b.casePriority;
        this.priorityReachedAt = b.priorityReachedAt;
        this.latestAssessment = b.latestAssessment;
        this.openFollowUps = List.copyOf(b.openFollowUps);
        this.lastCompletions = Map.copyOf(b.lastCompletions);
        this.openReferrals = List.copyOf(b.openReferrals);
        this.homeVisits = List.copyOf(b.homeVisits);
    }

    public static Builder builder(Student student, Semester semester) {
        return new Builder(student, semester);
    }

    public Student student() { return student; }
    public Semester semester() { return semester; }
    public List<FamilyCircumstance> circumstances() { return circumstances; }
    public List<ScreeningResult> screenings() { return screenings; }
    public List<Observation> observations() { return observations; }
    /** The case's current priority, or empty when the student has no case. */
    public Optional<Priority> casePriority() { return Optional.ofNullable(casePriority); }
    public Optional<Instant> priorityReachedAt() { return Optional.ofNullable(priorityReachedAt); }
    public Optional<RiskAssessment> latestAssessment() { return Optional.ofNullable(latestAssessment); }
    public List<OpenFollowUp> openFollowUps() { return openFollowUps; }
    public Map<FollowUpType, Instant> lastCompletions() { return lastCompletions; }
    public List<OpenReferral> openReferrals() { return openReferrals; }
    public List<HomeVisit> homeVisits() { return homeVisits; }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private final Student student;
        private final Semester semester;
        private final List<FamilyCircumstance> circumstances = new ArrayList<>();
        private final List<ScreeningResult> screenings = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();
        private Priority casePriority;
        private Instant priorityReachedAt;
        private RiskAssessment latestAssessment;
        private final List<OpenFollowUp> openFollowUps = new ArrayList<>();
        private final Map<FollowUpType, Instant> lastCompletions = new EnumMap<>(FollowUpType.class);
        private final List<OpenReferral> openReferrals = new ArrayList<>();
        private final List<HomeVisit> homeVisits = new ArrayList<>();

        private Builder(Student student, Semester semester) {
            this.student = Objects.requireNonNull(student, "student");
            this.semester = Objects.requireNonNull(semester, "semester");
        }

        public Builder circumstance(FamilyCircumstance c) { circumstances.add(Objects.requireNonNull(c)); return this; }
        public Builder screening(ScreeningResult s) { screenings.add(Objects.requireNonNull(s)); return this; }
        public Builder observation(Observation o) { observations.add(Objects.requireNonNull(o)); return this; }

        /** The open case's current priority and when it was reached. */
        public Builder caseState(Priority priority, Instant reachedAt) {
            this.casePriority = Objects.requireNonNull(priority, "priority");
            this.priorityReachedAt = Objects.requireNonNull(reachedAt, "reachedAt");
            return this;
        }

        public Builder latestAssessment(RiskAssessment a) { this.latestAssessment = a; return this; }
        public Builder openFollowUp(OpenFollowUp f) { openFollowUps.add(Objects.requireNonNull(f)); return this; }

        /** Records the last completion of a type; keeps the later one when called twice for a type. */
        public Builder lastCompletion(FollowUpType type, Instant completedAt) {
            lastCompletions.merge(Objects.requireNonNull(type), Objects.requireNonNull(completedAt),
                    (a, b) -> a.isAfter(b) ? a : b);
            return this;
        }

        public Builder openReferral(OpenReferral r) { openReferrals.add(Objects.requireNonNull(r)); return this; }
        public Builder homeVisit(HomeVisit v) { homeVisits.add(Objects.requireNonNull(v)); return this; }

        public StudentFacts build() {
            if (latestAssessment != null && casePriority == null) {
                throw new IllegalStateException("a risk assessment needs a case");
            }
            return new StudentFacts(this);
        }
    }
}
