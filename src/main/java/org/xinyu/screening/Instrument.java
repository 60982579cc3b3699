package org.xinyu.screening;

import java.util.List;

/**
 * A screening instrument: a fixed number of items, each answered with an integer in a range, and a
 * way to turn the answers into a {@link ScoredResult}. The standard ones are in
 * {@link StandardInstruments}; instruments an administrator defines (items, cut-offs, critical
 * items) can be built with {@link CutOffInstrument} or implement this interface directly.
 */
public interface Instrument {

    /** The stable code used in the API and import files, e.g. {@code PHQ9}. */
    String code();

    /** A human-readable name, e.g. {@code PHQ-9}. */
    String name();

    /** How many item answers an administration has. */
    int itemCount();

    /** The lowest allowed answer to an item (1-based item number). */
    int minAnswer(int item);

    /** The highest allowed answer to an item (1-based item number). */
    int maxAnswer(int item);

    /** The lowest possible total score. */
    int minTotal();

    /** The highest possible total score. */
    int maxTotal();

    /**
     * Scores one administration.
     *
     * @param answers the item answers in order
     * @return the result
     * @throws ScoringException listing every problem if the list is missing, has the wrong length,
     *                          or holds a null or out-of-range answer
     */
    ScoredResult score(List<Integer> answers);
}
