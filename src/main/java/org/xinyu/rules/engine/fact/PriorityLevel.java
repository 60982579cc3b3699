package org.xinyu.rules.engine.fact;

import org.xinyu.casework.Priority;

/** Derived: the highest level that any priority candidate reaches. */
public record PriorityLevel(Priority level) {
}
