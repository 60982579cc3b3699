package org.xinyu.rules.engine.fact;

import java.time.Instant;
import java.util.Objects;
import org.xinyu.casework.Priority;

/**
 * The case's stored priority and when it was reached. The engine always inserts one: a student
 * without a case is inserted as {@code CaseState(NONE, null, false)}.
 */
public record CaseState(Priority priority, Instant priorityReachedAt, boolean open) {
    public CaseState {
        Objects.requireNonNull(priority, "priority");
    }
}
