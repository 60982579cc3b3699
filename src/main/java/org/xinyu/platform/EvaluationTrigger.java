package org.xinyu.platform;

import java.util.Optional;

/**
 * Why the rules evaluated a student (触发): the fact that changed, or a sweep. Stored in
 * {@code evaluation.trigger_kind} as the constant's name, exactly the string stored before this enum existed, so
 * old rows read as before. Each has a translation key {@code trigger.NAME} (zh-CN and English).
 */
public enum EvaluationTrigger {
    OBSERVATION, SCREENING, HOME_VISIT, ASSESSMENT, REFERRAL, FOLLOW_UP_COMPLETED,
    STUDENT_CREATED, CIRCUMSTANCES_CHANGED, SWEEP, DEMO_LOAD;

    public String key() {
        return "trigger." + name();
    }

    /** The trigger stored in a row; empty for a value this version does not know. */
    public static Optional<EvaluationTrigger> of(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(stored));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
