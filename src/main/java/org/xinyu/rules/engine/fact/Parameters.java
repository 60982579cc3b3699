package org.xinyu.rules.engine.fact;

import java.time.Duration;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.xinyu.casework.Priority;
import org.xinyu.student.Circumstance;

/**
 * The parsed, validated parameters of a rule set: the fact through which rules read every threshold,
 * window, due time and interval. Immutable and shared by all evaluations of a rule-set version.
 */
public final class Parameters {

    private final Map<ParameterKey, Object> values;
    private final FactWindows windows;

    private Parameters(Map<ParameterKey, Object> values) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
        this.windows = FactWindows.of(this);
    }

    /** How far back the rules can see each kind of dated fact, derived from these parameters' windows. */
    public FactWindows windows() {
        return windows;
    }

    /** A parse outcome: the parameters, or the problems found (never both). */
    public record Parsed(Parameters parameters, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Parses raw string values; reports unknown keys, missing keys and unparseable values. */
    public static Parsed parse(Map<String, String> raw) {
        Objects.requireNonNull(raw, "raw");
        List<String> problems = new ArrayList<>();
        Map<ParameterKey, Object> values = new EnumMap<>(ParameterKey.class);
        Map<String, ParameterKey> byKey = new java.util.HashMap<>();
        for (ParameterKey k : ParameterKey.values()) {
            byKey.put(k.key(), k);
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(raw).entrySet()) {
            ParameterKey k = byKey.get(e.getKey());
            if (k == null) {
                problems.add("unknown parameter '" + e.getKey() + "'");
                continue;
            }
            try {
                values.put(k, parseValue(k.type(), e.getValue() == null ? "" : e.getValue().trim()));
            } catch (RuntimeException ex) {
                problems.add("parameter '" + e.getKey() + "' has an unparseable " + k.type() + " value '"
                        + e.getValue() + "': " + ex.getMessage());
            }
        }
        for (ParameterKey k : ParameterKey.values()) {
            if (!raw.containsKey(k.key())) {
                problems.add("missing parameter '" + k.key() + "'");
            }
        }
        return problems.isEmpty() ? new Parsed(new Parameters(values), List.of()) : new Parsed(null, List.copyOf(problems));
    }

    private static Object parseValue(ParameterKey.Type type, String v) {
        switch (type) {
            case INT: {
                int i = Integer.parseInt(v);
                if (i < 0) {
                    throw new IllegalArgumentException("must not be negative");
                }
                return i;
            }
            case DURATION: {
                Duration d = Duration.parse(v);
                if (d.isNegative()) {
                    throw new IllegalArgumentException("must not be negative");
                }
                return d;
            }
            case MONTH_DAY:
                return MonthDay.parse(v);
            case INT_SET: {
                Set<Integer> s = new LinkedHashSet<>();
                for (String part : split(v)) {
                    s.add(Integer.parseInt(part));
                }
                return Collections.unmodifiableSet(s);
            }
            case STRING_SET:
                return Collections.unmodifiableSet(new LinkedHashSet<>(split(v)));
            case CIRCUMSTANCE_SET: {
                Set<Circumstance> s = new LinkedHashSet<>();
                for (String part : split(v)) {
                    s.add(Circumstance.valueOf(part));
                }
                return Collections.unmodifiableSet(s);
            }
            default:
                throw new IllegalStateException(type.name());
        }
    }

    private static List<String> split(String v) {
        if (v.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String p : Arrays.asList(v.split(","))) {
            String t = p.trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("empty list element");
            }
            parts.add(t);
        }
        return parts;
    }

    public Object get(ParameterKey key) {
        return values.get(key);
    }

    private int i(ParameterKey k) {
        return (Integer) values.get(k);
    }

    private Duration d(ParameterKey k) {
        return (Duration) values.get(k);
    }

    @SuppressWarnings("unchecked")
    private <T> Set<T> s(ParameterKey k) {
        return (Set<T>) values.get(k);
    }

    public Set<Integer> getGraduatingGrades() { return s(ParameterKey.GRADUATING_GRADES); }
    public int getScreeningValidityDays() { return i(ParameterKey.SCREENING_VALIDITY_DAYS); }
    public Set<String> getPhqInstruments() { return s(ParameterKey.INSTRUMENTS_PHQ); }
    public Set<String> getGadInstruments() { return s(ParameterKey.INSTRUMENTS_GAD); }
    public int getPhqItem9CrisisMin() { return i(ParameterKey.PHQ_ITEM9_CRISIS_MIN); }
    public int getPhqItem9HighMin() { return i(ParameterKey.PHQ_ITEM9_HIGH_MIN); }
    public int getPhqMildMin() { return i(ParameterKey.PHQ_MILD_MIN); }
    public int getPhqModerateMin() { return i(ParameterKey.PHQ_MODERATE_MIN); }
    public int getPhqSevereMin() { return i(ParameterKey.PHQ_SEVERE_MIN); }
    public int getGadMildMin() { return i(ParameterKey.GAD_MILD_MIN); }
    public int getGadModerateMin() { return i(ParameterKey.GAD_MODERATE_MIN); }
    public int getGadSevereMin() { return i(ParameterKey.GAD_SEVERE_MIN); }
    public int getRiskFactorsHighWithModerateMin() { return i(ParameterKey.RISKFACTORS_HIGH_WITH_MODERATE_MIN); }
    public int getRiskFactorsMediumWithMildMin() { return i(ParameterKey.RISKFACTORS_MEDIUM_WITH_MILD_MIN); }
    public int getRiskFactorsMediumMin() { return i(ParameterKey.RISKFACTORS_MEDIUM_MIN); }
    public int getRiskFactorsLowMin() { return i(ParameterKey.RISKFACTORS_LOW_MIN); }
    public int getConcerningSeverityMin() { return i(ParameterKey.OBSERVATION_CONCERNING_SEVERITY_MIN); }
    public int getObservationRecentDays() { return i(ParameterKey.OBSERVATION_RECENT_DAYS); }
    public int getObservationAnyDays() { return i(ParameterKey.OBSERVATION_ANY_DAYS); }
    public int getHighConcerningCountMin() { return i(ParameterKey.OBSERVATION_HIGH_CONCERNING_COUNT_MIN); }
    public Duration getCrisisRiskAssessmentDue() { return d(ParameterKey.CRISIS_RISK_ASSESSMENT_DUE); }
    public Duration getCrisisParentNotificationDue() { return d(ParameterKey.CRISIS_PARENT_NOTIFICATION_DUE); }
    public Duration getCrisisTeamNotificationDue() { return d(ParameterKey.CRISIS_CRISIS_TEAM_NOTIFICATION_DUE); }
    public Duration getCrisisSafetyPlanDue() { return d(ParameterKey.CRISIS_SAFETY_PLAN_DUE); }
    public Duration getCrisisReferralDecisionDue() { return d(ParameterKey.CRISIS_REFERRAL_DECISION_DUE); }
    public Duration getHighCounsellingSessionDue() { return d(ParameterKey.HIGH_COUNSELLING_SESSION_DUE); }
    public Duration getHighParentContactDue() { return d(ParameterKey.HIGH_PARENT_CONTACT_DUE); }
    public Duration getHighRescreenDue() { return d(ParameterKey.HIGH_RESCREEN_DUE); }
    public Duration getMediumCounsellingSessionDue() { return d(ParameterKey.MEDIUM_COUNSELLING_SESSION_DUE); }
    public Duration getMediumRescreenDue() { return d(ParameterKey.MEDIUM_RESCREEN_DUE); }
    public Duration getReferralFeedbackInterval() { return d(ParameterKey.REFERRAL_FEEDBACK_INTERVAL); }
    public Duration getInvalidResultRescreenDue() { return d(ParameterKey.INVALID_RESULT_RESCREEN_DUE); }
    public MonthDay getGraduatingRescreenWindowOpens() { return (MonthDay) values.get(ParameterKey.GRADUATING_RESCREEN_WINDOW_OPENS); }
    public MonthDay getGraduatingRescreenDueBy() { return (MonthDay) values.get(ParameterKey.GRADUATING_RESCREEN_DUE_BY); }
    public Duration getEscalationGradeLeaderAfter() { return d(ParameterKey.ESCALATION_GRADE_LEADER_AFTER); }
    public Duration getEscalationSchoolLeadershipAfter() { return d(ParameterKey.ESCALATION_SCHOOL_LEADERSHIP_AFTER); }
    public Set<Circumstance> getHomeVisitCircumstances() { return s(ParameterKey.HOMEVISIT_CIRCUMSTANCES); }
    public int getHomeVisitCircumstanceDays() { return i(ParameterKey.HOMEVISIT_CIRCUMSTANCE_DAYS); }
    public int getHomeVisitMediumDays() { return i(ParameterKey.HOMEVISIT_MEDIUM_DAYS); }
    public int getHomeVisitHighDays() { return i(ParameterKey.HOMEVISIT_HIGH_DAYS); }
    public int getHomeVisitCrisisDays() { return i(ParameterKey.HOMEVISIT_CRISIS_DAYS); }

    /** The check-in interval of a level; null for NONE, which has no check-ins. */
    public Duration checkInInterval(Priority level) {
        switch (level) {
            case CRISIS: return d(ParameterKey.CRISIS_CHECK_IN_INTERVAL);
            case HIGH: return d(ParameterKey.HIGH_CHECK_IN_INTERVAL);
            case MEDIUM: return d(ParameterKey.MEDIUM_CHECK_IN_INTERVAL);
            case LOW: return d(ParameterKey.LOW_CHECK_IN_INTERVAL);
            default: return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters && ((Parameters) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Parameters" + values;
    }
}
