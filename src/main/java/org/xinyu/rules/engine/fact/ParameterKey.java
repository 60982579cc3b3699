package org.xinyu.rules.engine.fact;

/**
 * Every named parameter of the rules, with the type of its value. The shipped values and what each
 * means are in {@code rules/parameters.properties}. A rule set must define exactly these keys.
 */
public enum ParameterKey {
    GRADUATING_GRADES("graduating.grades", Type.INT_SET),
    SCREENING_VALIDITY_DAYS("screening.validity.days", Type.INT, FactWindows.Kind.SCREENING),
    INSTRUMENTS_PHQ("instruments.phq", Type.STRING_SET),
    INSTRUMENTS_GAD("instruments.gad", Type.STRING_SET),
    PHQ_ITEM9_CRISIS_MIN("phq.item9.crisis.min", Type.INT),
    PHQ_ITEM9_HIGH_MIN("phq.item9.high.min", Type.INT),
    PHQ_MILD_MIN("phq.mild.min", Type.INT),
    PHQ_MODERATE_MIN("phq.moderate.min", Type.INT),
    PHQ_SEVERE_MIN("phq.severe.min", Type.INT),
    GAD_MILD_MIN("gad.mild.min", Type.INT),
    GAD_MODERATE_MIN("gad.moderate.min", Type.INT),
    GAD_SEVERE_MIN("gad.severe.min", Type.INT),
    RISKFACTORS_HIGH_WITH_MODERATE_MIN("riskfactors.high.with.moderate.min", Type.INT),
    RISKFACTORS_MEDIUM_WITH_MILD_MIN("riskfactors.medium.with.mild.min", Type.INT),
    RISKFACTORS_MEDIUM_MIN("riskfactors.medium.min", Type.INT),
    RISKFACTORS_LOW_MIN("riskfactors.low.min", Type.INT),
    OBSERVATION_CONCERNING_SEVERITY_MIN("observation.concerning.severity.min", Type.INT),
    OBSERVATION_RECENT_DAYS("observation.recent.days", Type.INT, FactWindows.Kind.OBSERVATION),
    OBSERVATION_ANY_DAYS("observation.any.days", Type.INT, FactWindows.Kind.OBSERVATION),
    OBSERVATION_HIGH_CONCERNING_COUNT_MIN("observation.high.concerning.count.min", Type.INT),
    CRISIS_RISK_ASSESSMENT_DUE("followup.crisis.risk_assessment.due", Type.DURATION),
    CRISIS_PARENT_NOTIFICATION_DUE("followup.crisis.parent_notification.due", Type.DURATION),
    CRISIS_CRISIS_TEAM_NOTIFICATION_DUE("followup.crisis.crisis_team_notification.due", Type.DURATION),
    CRISIS_SAFETY_PLAN_DUE("followup.crisis.safety_plan.due", Type.DURATION),
    CRISIS_REFERRAL_DECISION_DUE("followup.crisis.referral_decision.due", Type.DURATION),
    CRISIS_CHECK_IN_INTERVAL("followup.crisis.check_in.interval", Type.DURATION),
    HIGH_COUNSELLING_SESSION_DUE("followup.high.counselling_session.due", Type.DURATION),
    HIGH_PARENT_CONTACT_DUE("followup.high.parent_contact.due", Type.DURATION),
    HIGH_RESCREEN_DUE("followup.high.rescreen.due", Type.DURATION),
    HIGH_CHECK_IN_INTERVAL("followup.high.check_in.interval", Type.DURATION),
    MEDIUM_COUNSELLING_SESSION_DUE("followup.medium.counselling_session.due", Type.DURATION),
    MEDIUM_RESCREEN_DUE("followup.medium.rescreen.due", Type.DURATION),
    MEDIUM_CHECK_IN_INTERVAL("followup.medium.check_in.interval", Type.DURATION),
    LOW_CHECK_IN_INTERVAL("followup.low.check_in.interval", Type.DURATION),
    REFERRAL_FEEDBACK_INTERVAL("followup.referral_feedback.interval", Type.DURATION),
    INVALID_RESULT_RESCREEN_DUE("followup.invalid_result.rescreen.due", Type.DURATION),
    GRADUATING_RESCREEN_WINDOW_OPENS("graduating.rescreen.window.opens", Type.MONTH_DAY),
    GRADUATING_RESCREEN_DUE_BY("graduating.rescreen.due.by", Type.MONTH_DAY),
    ESCALATION_GRADE_LEADER_AFTER("escalation.grade_leader.after", Type.DURATION),
    ESCALATION_SCHOOL_LEADERSHIP_AFTER("escalation.school_leadership.after", Type.DURATION),
    HOMEVISIT_CIRCUMSTANCES("homevisit.circumstances", Type.CIRCUMSTANCE_SET),
    HOMEVISIT_CIRCUMSTANCE_DAYS("homevisit.circumstance.days", Type.INT),
    HOMEVISIT_MEDIUM_DAYS("homevisit.medium.days", Type.INT),
    HOMEVISIT_HIGH_DAYS("homevisit.high.days", Type.INT),
    HOMEVISIT_CRISIS_DAYS("homevisit.crisis.days", Type.INT);

    /** Value types: INT is a non-negative integer; DURATION is ISO-8601 (PT24H, P3D); MONTH_DAY is --MM-DD; sets are comma-separated. */
    public enum Type { INT, DURATION, MONTH_DAY, INT_SET, STRING_SET, CIRCUMSTANCE_SET }

    private final String key;
    private final Type type;
    private final FactWindows.Kind window;

    ParameterKey(String key, Type type) {
        this(key, type, null);
    }

    /**
     * A parameter that is a look-back window in days over one kind of dated fact: the facts read for an evaluation
     * reach back as far as the longest such window of their kind ({@link FactWindows}). A new window parameter
     * must name its kind here, or facts inside it would not be read.
     */
    ParameterKey(String key, Type type, FactWindows.Kind window) {
        this.key = key;
        this.type = type;
        this.window = window;
        if (window != null && type != Type.INT) {
            throw new IllegalStateException(key + ": a window is a number of days");
        }
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    /** The kind of dated fact this parameter is a look-back window over, in days; null if it is none. */
    public FactWindows.Kind window() {
        return window;
    }
}
