package org.xinyu.rules.engine.fact;

/** Derived: the winning (shortest) home-visit interval. */
public record VisitInterval(VisitIntervalCandidate winner) {
}
