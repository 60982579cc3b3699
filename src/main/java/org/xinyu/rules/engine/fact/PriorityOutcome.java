package org.xinyu.rules.engine.fact;

import java.time.Instant;
import org.xinyu.casework.Priority;

/**
 * Result: the evaluated priority and the moment it was reached (now when it differs from the case's
 * stored priority; the stored moment otherwise; null for a student without a case who stays at NONE).
 */
public record PriorityOutcome(Priority level, Instant reachedAt, boolean changed) {
}
