package org.xinyu.observation;

/** Categories of a head teacher's observation (观察记录). */
public enum ObservationCategory {
    SELF_HARM_SIGNS(true), SUICIDE_TALK(true), HARM_TO_OTHERS(true),
    LOW_MOOD(false), ANXIETY(false), WITHDRAWAL(false), CONFLICT(false), BULLYING_VICTIM(false),
    ABSENCE(false), ACADEMIC_DECLINE(false), SLEEP_APPETITE(false), FAMILY_EVENT(false), OTHER(false);

    private final boolean redFlag;

    ObservationCategory(boolean redFlag) {
        this.redFlag = redFlag;
    }

    public boolean isRedFlag() {
        return redFlag;
    }
}
