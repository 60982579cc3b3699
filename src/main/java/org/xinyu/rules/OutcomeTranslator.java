package org.xinyu.rules;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import org.xinyu.casework.CaseOutcome;
import org.xinyu.rules.engine.Evaluation;
import org.xinyu.rules.engine.fact.Escalation;
import org.xinyu.rules.engine.fact.HomeVisitRequirement;
import org.xinyu.rules.engine.fact.Reason;
import org.xinyu.rules.engine.fact.RequiredFollowUp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the engine's evaluation into casework's outcome, with the explanation as JSON. */
public final class OutcomeTranslator {

    /** Json.createXxx() looks the provider up through the ServiceLoader on every call: far too slow for a sweep. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private OutcomeTranslator() {
    }

    public static CaseOutcome translate(Evaluation e, String trigger, int ruleSetVersion, String factsJson) {
        JsonArray reasonArray = reasonsArray(e.reasons());
        String reasons = reasonArray.toString();
        HomeVisitRequirement hv = e.homeVisit();
        CaseOutcome.Visit visit = new CaseOutcome.Visit(hv.intervalDays(), hv.perSemester(), hv.lastVisitOn(), hv.nextDueBy(),
                hv.overdue(), hv.absentParentContactRequired(), hv.absentParentContactSatisfied(), hv.remoteCounts());
        List<CaseOutcome.Required> followUps = e.followUps().stream()
                .map(f -> new CaseOutcome.Required(f.type(), f.ownerRole(), f.dueAt(), f.referralId(), f.tightenIfOpen(), f.rule()))
                .toList();
        List<CaseOutcome.EscalationOrder> escalations = e.escalations().stream()
                .map(x -> new CaseOutcome.EscalationOrder(x.followUpId(), x.level(), x.rule())).toList();
        String outcome = outcomeJson(e, reasonArray);
        return new CaseOutcome(trigger, ruleSetVersion, e.evaluatedAt(), e.priority(), e.priorityReachedAt(), reasons,
                followUps, escalations, visit, factsJson, firedJson(e.firedRules()), outcome, sha256(standingJson(e, reasonArray)));
    }

    /**
     * The rules that fired, each once with how often, in the order each first fired:
     * {@code [{"rule":"...","count":2}, ...]}. A rule fires once per matching fact (e.g. per observation), so the
     * raw firing list grows with the facts; this grows only with the rules.
     */
    static String firedJson(List<String> firedRules) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String rule : firedRules) {
            counts.merge(rule, 1, Integer::sum);
        }
        JsonArrayBuilder fired = JSON.createArrayBuilder();
        counts.forEach((rule, count) -> fired.add(JSON.createObjectBuilder().add("rule", rule).add("count", count)));
        return fired.build().toString();
    }

    static JsonArray reasonsArray(List<Reason> reasons) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Reason r : reasons) {
            JsonArrayBuilder args = JSON.createArrayBuilder();
            r.args().forEach(a -> args.add(String.valueOf(a)));
            JsonObjectBuilder o = JSON.createObjectBuilder().add("rule", r.rule()).add("key", r.key()).add("args", args).add("text", r.text());
            if (r.level() != null) {
                o.add("level", r.level().name());
            }
            array.add(o);
        }
        return array.build();
    }

    /**
     * The standing decision (priority, reasons, home-visit duty) without the follow-ups and escalations the
     * engine asks for: those are actions, judged by whether applying them changes anything.
     */
    private static String standingJson(Evaluation e, JsonArray reasons) {
        HomeVisitRequirement hv = e.homeVisit();
        return JSON.createObjectBuilder().add("priority", e.priority().name())
                .add("reachedAt", String.valueOf(e.priorityReachedAt())).add("reasons", reasons)
                .add("visit", hv.intervalDays() + "|" + hv.perSemester() + "|" + hv.lastVisitOn() + "|" + hv.nextDueBy() + "|"
                        + hv.overdue() + "|" + hv.absentParentContactRequired() + "|" + hv.absentParentContactSatisfied())
                .build().toString();
    }

    /** Everything decided, without the evaluation time: equal outcomes give equal JSON (and fingerprint). */
    private static String outcomeJson(Evaluation e, JsonArray reasons) {
        JsonArrayBuilder followUps = JSON.createArrayBuilder();
        for (RequiredFollowUp f : e.followUps()) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("type", f.type().name()).add("owner", f.ownerRole().name())
                    .add("dueAt", f.dueAt().toString()).add("rule", f.rule());
            if (f.referralId() != null) {
                o.add("referralId", f.referralId());
            }
            followUps.add(o);
        }
        JsonArrayBuilder escalations = JSON.createArrayBuilder();
        for (Escalation x : e.escalations()) {
            escalations.add(JSON.createObjectBuilder().add("followUpId", x.followUpId()).add("level", x.level().name()).add("rule", x.rule()));
        }
        HomeVisitRequirement hv = e.homeVisit();
        JsonObjectBuilder visit = JSON.createObjectBuilder().add("perSemester", hv.perSemester()).add("rule", hv.rule())
                .add("overdue", hv.overdue()).add("absentParentRequired", hv.absentParentContactRequired())
                .add("absentParentReached", hv.absentParentContactSatisfied());
        if (hv.intervalDays() != null) {
            visit.add("intervalDays", hv.intervalDays());
        }
        if (hv.nextDueBy() != null) {
            visit.add("nextDueBy", hv.nextDueBy().toString());
        }
        if (hv.lastVisitOn() != null) {
            visit.add("lastVisitOn", hv.lastVisitOn().toString());
        }
        JsonObjectBuilder o = JSON.createObjectBuilder().add("priority", e.priority().name()).add("riskFactors", e.riskFactors())
                .add("reasons", reasons)
                .add("followUps", followUps).add("escalations", escalations).add("homeVisit", visit);
        if (e.priorityReachedAt() != null) {
            o.add("priorityReachedAt", e.priorityReachedAt().toString());
        }
        return o.build().toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
