package org.xinyu.rules.engine.fact;

import java.time.Instant;
import java.util.Objects;
import org.xinyu.casework.FollowUpType;

/** The last time a follow-up of this type was completed on the case. */
public record FollowUpCompletion(FollowUpType type, Instant completedAt) {
    public FollowUpCompletion {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
