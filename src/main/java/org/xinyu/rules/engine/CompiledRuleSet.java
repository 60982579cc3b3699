package org.xinyu.rules.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.Priority;
import org.xinyu.rules.engine.fact.AbsentParentContact;
import org.xinyu.rules.engine.fact.CaseState;
import org.xinyu.rules.engine.fact.Escalation;
import org.xinyu.rules.engine.fact.FollowUpCompletion;
import org.xinyu.rules.engine.fact.HomeVisitRequirement;
import org.xinyu.rules.engine.fact.Now;
import org.xinyu.rules.engine.fact.Parameters;
import org.xinyu.rules.engine.fact.PriorityCandidate;
import org.xinyu.rules.engine.fact.PriorityOutcome;
import org.xinyu.rules.engine.fact.Reason;
import org.xinyu.rules.engine.fact.RequiredFollowUp;
import org.xinyu.rules.engine.fact.RiskFactors;
import org.xinyu.rules.engine.fact.VisitInterval;
import org.xinyu.rules.engine.fact.VisitIntervalCandidate;
import org.xinyu.rules.engine.fact.VisitSchedule;

/**
 * One compiled rule-set version: a shared KieBase plus its parameters. Thread-safe: every
 * {@link #evaluate} runs in its own short-lived session, so evaluation is a side-effect-free function
 * of the facts and the clock's instant.
 */
public final class CompiledRuleSet {

    /** Dates are the school's: instants are turned into calendar days in this zone. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Comparator<Reason> REASON_ORDER = Comparator
            .comparing((Reason r) -> r.level() == null ? -1 : r.level().ordinal()).reversed()
            .thenComparing(Reason::rule).thenComparing(Reason::key).thenComparing(r -> r.args().toString());
    private static final Comparator<RequiredFollowUp> FOLLOW_UP_ORDER = Comparator
            .comparing(RequiredFollowUp::dueAt).thenComparing(RequiredFollowUp::type)
            .thenComparing(f -> f.referralId() == null ? Long.MIN_VALUE : f.referralId());
    private static final Comparator<Escalation> ESCALATION_ORDER = Comparator
            .comparingLong(Escalation::followUpId).thenComparing(Escalation::level);

    private final String version;
    private final KieBase kieBase;
    private final Parameters parameters;
    private final KieSessionsPool sessions;

    CompiledRuleSet(String version, KieBase kieBase, Parameters parameters) {
        this.version = version;
        this.kieBase = kieBase;
        this.parameters = parameters;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** Records the names of fired rules into the current evaluation's list; one per pooled session. */
    private static final class FiringLog extends DefaultAgendaEventListener {
        List<String> target;

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            target.add(event.getMatch().getRule().getName());
        }
    }

    public String version() {
        return version;
    }

    public Parameters parameters() {
        return parameters;
    }

    /**
     * Evaluates one student's facts at the clock's instant. The clock's zone is ignored: calendar
     * days are always Asia/Shanghai.
     *
     * @throws IllegalStateException if the rule set does not produce exactly one priority and one home-visit interval
     */
    public Evaluation evaluate(StudentFacts facts, Clock clock) {
        Objects.requireNonNull(facts, "facts");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SCHOOL_ZONE);
        List<String> fired = new ArrayList<>();
        KieSession session = sessions.newKieSession();
        try {
            FiringLog log = null;
            for (org.kie.api.event.rule.AgendaEventListener l : session.getAgendaEventListeners()) {
                if (l instanceof FiringLog) {
                    log = (FiringLog) l;
                }
            }
            if (log == null) {
                log = new FiringLog();
                session.addEventListener(log);
            }
            log.target = fired;
            insertFacts(session, facts, new Now(now, today, SCHOOL_ZONE));
            session.fireAllRules();
            return collect(session, facts, now, today, fired);
        } finally {
            session.dispose();
        }
    }

    private void insertFacts(KieSession session, StudentFacts facts, Now now) {
        session.insert(parameters);
        session.insert(now);
        session.insert(facts.student());
        session.insert(facts.semester());
        session.insert(facts.casePriority()
                .map(p -> new CaseState(p, facts.priorityReachedAt().orElseThrow(), true))
                .orElseGet(() -> new CaseState(Priority.NONE, null, false)));
        facts.latestAssessment().ifPresent(session::insert);
        facts.circumstances().forEach(session::insert);
        facts.screenings().forEach(session::insert);
        facts.observations().forEach(session::insert);
        facts.openFollowUps().forEach(session::insert);
        for (Map.Entry<FollowUpType, Instant> e : facts.lastCompletions().entrySet()) {
            session.insert(new FollowUpCompletion(e.getKey(), e.getValue()));
        }
        facts.openReferrals().forEach(session::insert);
        facts.homeVisits().forEach(session::insert);
    }

    private Evaluation collect(KieSession session, StudentFacts facts, Instant now, LocalDate today, List<String> fired) {
        PriorityOutcome outcome = null;
        RiskFactors riskFactors = null;
        VisitInterval interval = null;
        VisitSchedule schedule = null;
        AbsentParentContact absentParent = null;
        List<Reason> reasons = new ArrayList<>();
        List<RequiredFollowUp> followUps = new ArrayList<>();
        List<Escalation> escalations = new ArrayList<>();
        for (Object o : session.getObjects()) {
            if (o instanceof PriorityCandidate) {
                reasons.add(((PriorityCandidate) o).reason());
            } else if (o instanceof Reason) {
                reasons.add((Reason) o);
            } else if (o instanceof RequiredFollowUp) {
                followUps.add((RequiredFollowUp) o);
            } else if (o instanceof Escalation) {
                escalations.add((Escalation) o);
            } else if (o instanceof PriorityOutcome) {
                outcome = single(outcome, (PriorityOutcome) o, "priority outcome");
            } else if (o instanceof RiskFactors) {
                riskFactors = single(riskFactors, (RiskFactors) o, "risk factors");
            } else if (o instanceof VisitInterval) {
                interval = single(interval, (VisitInterval) o, "home-visit interval");
            } else if (o instanceof VisitSchedule) {
                schedule = single(schedule, (VisitSchedule) o, "home-visit schedule");
            } else if (o instanceof AbsentParentContact) {
                absentParent = single(absentParent, (AbsentParentContact) o, "absent-parent contact");
            }
        }
        if (outcome == null || interval == null || schedule == null) {
            throw new IllegalStateException("rule set " + version + " produced no "
                    + (outcome == null ? "priority outcome" : interval == null ? "home-visit interval" : "home-visit schedule")
                    + " for student " + facts.student().studentId());
        }
        reasons.sort(REASON_ORDER);
        followUps.sort(FOLLOW_UP_ORDER);
        escalations.sort(ESCALATION_ORDER);
        VisitIntervalCandidate winner = interval.winner();
        boolean remote = winner.countingModes().contains(HomeVisitMode.PHONE) || winner.countingModes().contains(HomeVisitMode.VIDEO);
        HomeVisitRequirement homeVisit = new HomeVisitRequirement(
                winner.perSemester() ? null : winner.days(), winner.perSemester(), winner.rule(), remote,
                winner.countingModes(), absentParent != null, absentParent != null && absentParent.satisfied(),
                schedule.lastVisitOn(), schedule.nextDueBy(),
                schedule.nextDueBy() != null && today.isAfter(schedule.nextDueBy()));
        return new Evaluation(version, now, outcome.level(), outcome.reachedAt(), outcome.changed(),
                riskFactors == null ? 0 : riskFactors.count(), reasons, followUps, escalations, homeVisit, fired);
    }

    private static <T> T single(T existing, T found, String what) {
        if (existing != null && !existing.equals(found)) {
            throw new IllegalStateException("rule set produced two different " + what + " facts: " + existing + " and " + found);
        }
        return found;
    }
}
