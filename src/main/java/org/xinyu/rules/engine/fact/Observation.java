package org.xinyu.rules.engine.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.xinyu.observation.ObservationCategory;

/** A head teacher's observation: category, severity 1–3, the day observed and when it was recorded. */
public record Observation(long id, ObservationCategory category, int severity, LocalDate observedOn, Instant recordedAt) {
    public Observation {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(observedOn, "observedOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (severity < 1 || severity > 3) {
            throw new IllegalArgumentException("severity must be 1..3, was " + severity);
        }
    }
}
