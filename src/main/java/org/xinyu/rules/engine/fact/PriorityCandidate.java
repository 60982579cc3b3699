package org.xinyu.rules.engine.fact;

import org.xinyu.casework.Priority;

/** Result of one priority rule: the level it reaches and why. The highest candidate wins. */
public record PriorityCandidate(Priority level, Reason reason) {

    public static PriorityCandidate of(Reason reason) {
        return new PriorityCandidate(reason.level(), reason);
    }
}
