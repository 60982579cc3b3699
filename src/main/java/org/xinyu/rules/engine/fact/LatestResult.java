package org.xinyu.rules.engine.fact;

/** Derived: the latest valid result of one instrument within the validity window, with the way it is read. */
public record LatestResult(ScreeningResult result, ResultKind kind) {
}
