package org.xinyu.rules.engine.fact;

import org.xinyu.screening.Band;

/**
 * Derived: a latest valid result with its band — for PHQ and GAD-7 from the total score and the
 * parameters' cut-offs, for other instruments the band the instrument assigned.
 */
public record CountedResult(ScreeningResult result, ResultKind kind, Band band) {
}
