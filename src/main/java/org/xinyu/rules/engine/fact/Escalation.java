package org.xinyu.rules.engine.fact;

import java.time.Instant;
import java.util.Objects;
import org.xinyu.casework.EscalationLevel;
import org.xinyu.casework.FollowUpType;

/** An escalation that an open, overdue follow-up needs and that has not been recorded yet. */
public record Escalation(long followUpId, FollowUpType type, EscalationLevel level, Instant dueAt, String rule) {
    public Escalation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(rule, "rule");
    }
}
