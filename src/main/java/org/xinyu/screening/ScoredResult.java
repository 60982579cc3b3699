package org.xinyu.screening;

import java.util.List;
import java.util.Objects;

/**
 * The score of one administration of an instrument.
 *
 * @param instrument the instrument's code, e.g. {@code PHQ9}
 * @param answers    the item answers in order, as given (immutable)
 * @param totalScore the sum of the item answers
 * @param band       the band common to every instrument, which the rules weigh
 * @param label      the instrument's own, possibly finer, name of the range the total falls in
 *                   (e.g. {@code MODERATELY_SEVERE} for PHQ-9 15–19, whose band is {@code MODERATE})
 * @param critical   whether a critical item reached its threshold (PHQ-9/PHQ-A: item 9 ≥ 2)
 * @param item9      the answer to PHQ item 9 (thoughts of self-harm), or {@code null} for an
 *                   instrument without such an item
 */
public record ScoredResult(String instrument, List<Integer> answers, int totalScore, Band band, String label,
                           boolean critical, Integer item9) {

    public ScoredResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(label, "label");
        answers = List.copyOf(answers);
    }

    /** Whether the instrument reports a PHQ item 9 answer. */
    public boolean hasItem9() {
        return item9 != null;
    }
}
