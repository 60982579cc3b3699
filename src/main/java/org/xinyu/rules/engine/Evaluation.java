package org.xinyu.rules.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.xinyu.casework.Priority;
import org.xinyu.rules.engine.fact.Escalation;
import org.xinyu.rules.engine.fact.HomeVisitRequirement;
import org.xinyu.rules.engine.fact.Reason;
import org.xinyu.rules.engine.fact.RequiredFollowUp;

/**
 * The outcome of evaluating one student's facts against a rule set. Immutable.
 *
 * <p>{@link #equals(Object)} compares the <em>outcome</em> — priority, the moment it was reached,
 * risk-factor count, reasons, required follow-ups, escalations and home-visit requirement — and
 * ignores when it was evaluated, by which rule-set version and the firing order, so that
 * {@link #changed(Evaluation)} tells whether the case file needs writing.
 */
public final class Evaluation {

    private final String ruleSetVersion;
    private final Instant evaluatedAt;
    private final Priority priority;
    private final Instant priorityReachedAt;
    private final boolean priorityChanged;
    private final int riskFactors;
    private final List<Reason> reasons;
    private final List<RequiredFollowUp> followUps;
    private final List<Escalation> escalations;
    private final HomeVisitRequirement homeVisit;
    private final List<String> firedRules;

    Evaluation(String ruleSetVersion, Instant evaluatedAt, Priority priority, Instant priorityReachedAt,
               boolean priorityChanged, int riskFactors, List<Reason> reasons, List<RequiredFollowUp> followUps,
               List<Escalation> escalations, HomeVisitRequirement homeVisit, List<String> firedRules) {
        this.ruleSetVersion = ruleSetVersion;
        this.evaluatedAt = Objects.requireNonNull(evaluatedAt);
        this.priority = Objects.requireNonNull(priority);
        this.priorityReachedAt = priorityReachedAt;
        this.priorityChanged = priorityChanged;
        this.riskFactors = riskFactors;
        this.reasons = List.copyOf(reasons);
        this.followUps = List.copyOf(followUps);
        this.escalations = List.copyOf(escalations);
        this.homeVisit = Objects.requireNonNull(homeVisit);
        this.firedRules = List.copyOf(firedRules);
    }

    public String ruleSetVersion() { return ruleSetVersion; }
    public Instant evaluatedAt() { return evaluatedAt; }
    public Priority priority() { return priority; }
    /** Now if the priority differs from the case's stored one, else the stored moment; null for a student without a case at NONE. */
    public Instant priorityReachedAt() { return priorityReachedAt; }
    /** True when the priority differs from the case's stored priority (a student without a case counts as NONE). */
    public boolean priorityChanged() { return priorityChanged; }
    /** Family circumstances present plus the graduating year. */
    public int riskFactors() { return riskFactors; }
    /** Every reason recorded, highest level first, then by rule name. */
    public List<Reason> reasons() { return reasons; }
    /** Required follow-ups, one per type (per referral for REFERRAL_FEEDBACK), ordered by due time. */
    public List<RequiredFollowUp> followUps() { return followUps; }
    /** Escalations that open follow-ups need and that are not recorded yet, by follow-up id then level. */
    public List<Escalation> escalations() { return escalations; }
    public HomeVisitRequirement homeVisit() { return homeVisit; }
    /** Names of the rules that fired, in firing order. */
    public List<String> firedRules() { return firedRules; }

    /** True if this outcome differs from {@code previous} (or there is none). */
    public boolean changed(Evaluation previous) {
        return previous == null || !equals(previous);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Evaluation)) {
            return false;
        }
        Evaluation e = (Evaluation) o;
        return priority == e.priority && Objects.equals(priorityReachedAt, e.priorityReachedAt)
                && riskFactors == e.riskFactors && reasons.equals(e.reasons) && followUps.equals(e.followUps)
                && escalations.equals(e.escalations) && homeVisit.equals(e.homeVisit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(priority, priorityReachedAt, riskFactors, reasons, followUps, escalations, homeVisit);
    }

    @Override
    public String toString() {
        return "Evaluation{priority=" + priority + ", reachedAt=" + priorityReachedAt + ", riskFactors=" + riskFactors
                + ", followUps=" + followUps + ", escalations=" + escalations + ", homeVisit=" + homeVisit
                + ", reasons=" + reasons + "}";
    }
}
