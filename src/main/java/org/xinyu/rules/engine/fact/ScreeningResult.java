package org.xinyu.rules.engine.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.xinyu.screening.Band;

/**
 * A scored screening result. {@code item9} is the answer to PHQ-9/PHQ-A item 9 (0–3) and null for
 * other instruments; {@code critical} is set when another instrument's critical item was endorsed;
 * {@code valid} is false when the instrument marks the result invalid (e.g. a failed lie scale).
 */
public record ScreeningResult(long id, String instrument, LocalDate administeredOn, Instant recordedAt,
                              int totalScore, Band band, Integer item9, boolean critical, boolean valid) {
    public ScreeningResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(administeredOn, "administeredOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(band, "band");
    }

    /** True if this result supersedes {@code other} of the same instrument: administered later, then recorded later, then higher id. */
    public boolean isLaterThan(ScreeningResult other) {
        int byDate = administeredOn.compareTo(other.administeredOn);
        if (byDate != 0) {
            return byDate > 0;
        }
        int byRecorded = recordedAt.compareTo(other.recordedAt);
        if (byRecorded != 0) {
            return byRecorded > 0;
        }
        return id > other.id;
    }
}
