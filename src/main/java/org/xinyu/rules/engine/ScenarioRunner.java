package org.xinyu.rules.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.xinyu.rules.engine.fact.Escalation;
import org.xinyu.rules.engine.fact.HomeVisitRequirement;
import org.xinyu.rules.engine.fact.Reason;
import org.xinyu.rules.engine.fact.RequiredFollowUp;

/**
 * Runs scenarios against a compiled rule set: the tests run the shipped scenarios with it, and the
 * rule-administration publish gate runs them against a draft. Stateless and thread-safe.
 */
public final class ScenarioRunner {

    public List<ScenarioResult> run(CompiledRuleSet rules, List<Scenario> scenarios) {
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            results.add(run(rules, s));
        }
        return results;
    }

    public ScenarioResult run(CompiledRuleSet rules, Scenario scenario) {
        Scenario.Expectation exp = scenario.expected();
        String expected = describe(scenario, exp);
        Evaluation ev;
        try {
            ev = rules.evaluate(scenario.facts(), Clock.fixed(scenario.now(), CompiledRuleSet.SCHOOL_ZONE));
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario.file(), scenario.name(), false, expected, "evaluation failed: " + e,
                    List.of("evaluation failed: " + e.getMessage()), null);
        }
        List<String> mismatches = new ArrayList<>();
        if (ev.priority() != exp.priority()) {
            mismatches.add("priority " + ev.priority() + " instead of " + exp.priority());
        }
        if (exp.riskFactors() != null && ev.riskFactors() != exp.riskFactors()) {
            mismatches.add("riskFactors " + ev.riskFactors() + " instead of " + exp.riskFactors());
        }
        if (exp.priorityReachedAt() != null && !exp.priorityReachedAt().equals(ev.priorityReachedAt())) {
            mismatches.add("priorityReachedAt " + ev.priorityReachedAt() + " instead of " + exp.priorityReachedAt());
        }
        if (exp.followUps() != null) {
            compareFollowUps(exp.followUps(), ev.followUps(), mismatches);
        }
        if (exp.homeVisit() != null) {
            compareHomeVisit(exp.homeVisit(), ev.homeVisit(), mismatches);
        }
        if (exp.escalations() != null) {
            List<String> want = exp.escalations().stream().map(e -> e.followUpId() + ":" + e.level()).sorted().collect(Collectors.toList());
            List<String> got = ev.escalations().stream().map(e -> e.followUpId() + ":" + e.level()).sorted().collect(Collectors.toList());
            if (!want.equals(got)) {
                mismatches.add("escalations " + got + " instead of " + want);
            }
        }
        List<String> keys = ev.reasons().stream().map(Reason::key).collect(Collectors.toList());
        if (exp.reasonKeys() != null) {
            for (String k : exp.reasonKeys()) {
                if (!keys.contains(k)) {
                    mismatches.add("no reason " + k);
                }
            }
        }
        if (exp.absentReasonKeys() != null) {
            for (String k : exp.absentReasonKeys()) {
                if (keys.contains(k)) {
                    mismatches.add("unexpected reason " + k);
                }
            }
        }
        return new ScenarioResult(scenario.file(), scenario.name(), mismatches.isEmpty(), expected, describe(scenario, ev),
                mismatches, ev);
    }

    private static void compareFollowUps(List<Scenario.ExpectedFollowUp> want, List<RequiredFollowUp> got, List<String> mismatches) {
        List<RequiredFollowUp> remaining = new ArrayList<>(got);
        for (Scenario.ExpectedFollowUp w : want) {
            RequiredFollowUp match = remaining.stream()
                    .filter(f -> f.type() == w.type() && f.dueAt().equals(w.dueAt())
                            && (w.owner() == null || w.owner() == f.ownerRole())
                            && (w.referralId() == null || w.referralId().equals(f.referralId())))
                    .findFirst().orElse(null);
            if (match == null) {
                mismatches.add("missing follow-up " + w.type() + " due " + w.dueText()
                        + (w.owner() == null ? "" : " owner " + w.owner()) + (w.referralId() == null ? "" : " referral " + w.referralId()));
            } else {
                remaining.remove(match);
            }
        }
        for (RequiredFollowUp f : remaining) {
            mismatches.add("unexpected follow-up " + f.type() + " due " + f.dueAt() + " (" + f.rule() + ")");
        }
    }

    private static void compareHomeVisit(Scenario.ExpectedHomeVisit w, HomeVisitRequirement h, List<String> mismatches) {
        check(mismatches, "homeVisit.intervalDays", w.intervalDays(), h.intervalDays());
        check(mismatches, "homeVisit.perSemester", w.perSemester(), h.perSemester());
        check(mismatches, "homeVisit.remoteCounts", w.remoteCounts(), h.remoteCounts());
        check(mismatches, "homeVisit.absentParentContactRequired", w.absentParentContactRequired(), h.absentParentContactRequired());
        check(mismatches, "homeVisit.absentParentContactSatisfied", w.absentParentContactSatisfied(), h.absentParentContactSatisfied());
        check(mismatches, "homeVisit.lastVisitOn", w.lastVisitOn(), h.lastVisitOn());
        check(mismatches, "homeVisit.overdue", w.overdue(), h.overdue());
        if (w.nextDueByGiven() && !Objects.equals(w.nextDueBy(), h.nextDueBy())) {
            mismatches.add("homeVisit.nextDueBy " + h.nextDueBy() + " instead of " + w.nextDueBy());
        }
        if (w.intervalDays() != null && h.perSemester()) {
            mismatches.add("homeVisit is per semester instead of every " + w.intervalDays() + " days");
        }
    }

    private static void check(List<String> mismatches, String what, Object want, Object got) {
        if (want != null && !want.equals(got)) {
            mismatches.add(what + " " + got + " instead of " + want);
        }
    }

    private static String describe(Scenario s, Scenario.Expectation e) {
        StringBuilder b = new StringBuilder("priority=").append(e.priority());
        if (e.riskFactors() != null) {
            b.append(", riskFactors=").append(e.riskFactors());
        }
        if (e.followUps() != null) {
            b.append(", followUps=").append(e.followUps().stream()
                    .map(f -> f.type() + "@" + f.dueText()).collect(Collectors.toList()));
        }
        if (e.homeVisit() != null) {
            b.append(", homeVisit=").append(e.homeVisit().perSemester() != null && e.homeVisit().perSemester()
                    ? "semester" : e.homeVisit().intervalDays() + "d");
        }
        if (e.escalations() != null) {
            b.append(", escalations=").append(e.escalations());
        }
        return b.toString();
    }

    private static String describe(Scenario s, Evaluation ev) {
        StringBuilder b = new StringBuilder("priority=").append(ev.priority()).append(", riskFactors=").append(ev.riskFactors());
        b.append(", followUps=").append(ev.followUps().stream()
                .sorted(Comparator.comparing(RequiredFollowUp::dueAt))
                .map(f -> f.type() + "@" + java.time.Duration.between(s.now(), f.dueAt()) + (f.referralId() == null ? "" : "#" + f.referralId()))
                .collect(Collectors.toList()));
        HomeVisitRequirement h = ev.homeVisit();
        b.append(", homeVisit=").append(h.perSemester() ? "semester" : h.intervalDays() + "d")
                .append(" next ").append(h.nextDueBy()).append(" last ").append(h.lastVisitOn());
        if (h.absentParentContactRequired()) {
            b.append(" absentParent ").append(h.absentParentContactSatisfied() ? "reached" : "to reach");
        }
        b.append(", escalations=").append(ev.escalations().stream().map(Escalation::toString).collect(Collectors.toList()));
        b.append(", reasons=").append(ev.reasons().stream().map(Reason::key).collect(Collectors.toList()));
        return b.toString();
    }
}
