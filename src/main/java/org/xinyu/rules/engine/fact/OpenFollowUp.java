package org.xinyu.rules.engine.fact;

import java.time.Instant;
import java.util.Objects;
import org.xinyu.casework.EscalationLevel;
import org.xinyu.casework.FollowUpType;

/** A follow-up that is open on the case; {@code escalation} is the highest level already recorded, or null. */
public record OpenFollowUp(long id, FollowUpType type, Instant dueAt, EscalationLevel escalation, Long referralId) {
    public OpenFollowUp {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
