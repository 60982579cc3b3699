package org.xinyu.casework;

/** Kinds of required follow-up (跟进任务) that the rules generate. */
public enum FollowUpType {
    RISK_ASSESSMENT,
    PARENT_NOTIFICATION,
    CRISIS_TEAM_NOTIFICATION,
    SAFETY_PLAN,
    REFERRAL_DECISION,
    CHECK_IN,
    COUNSELLING_SESSION,
    PARENT_CONTACT,
    RESCREEN,
    REFERRAL_FEEDBACK
}
