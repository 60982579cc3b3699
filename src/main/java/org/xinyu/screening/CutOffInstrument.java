package org.xinyu.screening;

import org.xinyu.platform.problem.FieldError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An instrument scored by summing its item answers and looking the total up in a table of cut-offs.
 * This covers PHQ-9, PHQ-A and GAD-7, and any instrument an administrator defines the same way:
 * its items (count and answer range), its cut-offs (the lowest total of each band, with the
 * instrument's own label for the range) and its critical items (an item whose answer at or above a
 * threshold makes the result critical, whatever the total).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CutOffInstrument implements Instrument {

    /**
     * One row of the cut-off table: totals from {@code minTotal} up to the next row's
     * {@code minTotal} − 1 (or the maximum total) fall in {@code band} and carry {@code label}.
     */
    public record CutOff(int minTotal, Band band, String label) {
        public CutOff {
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(label, "label");
            if (label.isBlank()) {
                throw new IllegalArgumentException("a cut-off needs a label");
            }
        }

        /** A cut-off whose label is the band's name. */
        public CutOff(int minTotal, Band band) {
            this(minTotal, band, band.name());
        }
    }

    /** An item (1-based) whose answer at or above {@code threshold} makes the result critical. */
    public record CriticalItem(int item, int threshold) {
    }

    private final String code;
    private final String name;
    private final int itemCount;
    private final int minAnswer;
    private final int maxAnswer;
    private final List<CutOff> cutOffs;
    private final List<CriticalItem> criticalItems;
    private final Integer selfHarmItem;

    /**
     * @param code          the stable code, e.g. {@code PHQ9}
     * @param name          a display name
     * @param itemCount     number of items, at least 1
     * @param minAnswer     lowest answer to any item
     * @param maxAnswer     highest answer to any item
     * @param cutOffs       the cut-off table; the first row must start at the lowest possible total,
     *                      and rows must have strictly increasing {@code minTotal} within the range
     * @param criticalItems the critical items (may be empty)
     * @param selfHarmItem  the 1-based item whose answer is reported as {@code item9} (PHQ's item on
     *                      thoughts of self-harm), or {@code null} if the instrument has none
     * @throws IllegalArgumentException if the definition is inconsistent
     */
    public CutOffInstrument(String code, String name, int itemCount, int minAnswer, int maxAnswer,
                            List<CutOff> cutOffs, List<CriticalItem> criticalItems, Integer selfHarmItem) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        if (itemCount < 1) {
            throw new IllegalArgumentException("an instrument needs at least one item");
        }
        if (minAnswer > maxAnswer) {
            throw new IllegalArgumentException("minAnswer must not exceed maxAnswer");
        }
        this.itemCount = itemCount;
        this.minAnswer = minAnswer;
        this.maxAnswer = maxAnswer;

        List<CutOff> sorted = new ArrayList<>(Objects.requireNonNull(cutOffs, "cutOffs"));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("an instrument needs at least one cut-off");
        }
        sorted.sort(Comparator.comparingInt(CutOff::minTotal));
        if (sorted.get(0).minTotal() != minTotal()) {
            throw new IllegalArgumentException("the first cut-off must start at the lowest total " + minTotal());
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).minTotal() == sorted.get(i - 1).minTotal()) {
                throw new IllegalArgumentException("two cut-offs start at total " + sorted.get(i).minTotal());
            }
        }
        if (sorted.get(sorted.size() - 1).minTotal() > maxTotal()) {
            throw new IllegalArgumentException("a cut-off starts above the highest total " + maxTotal());
        }
        this.cutOffs = List.copyOf(sorted);

        for (CriticalItem critical : Objects.requireNonNull(criticalItems, "criticalItems")) {
            requireItem(critical.item(), "critical item");
            if (critical.threshold() < minAnswer || critical.threshold() > maxAnswer) {
                throw new IllegalArgumentException("critical item " + critical.item()
                        + " has a threshold outside the answer range");
            }
        }
        this.criticalItems = List.copyOf(criticalItems);
        if (selfHarmItem != null) {
            requireItem(selfHarmItem, "self-harm item");
        }
        this.selfHarmItem = selfHarmItem;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int itemCount() {
        return itemCount;
    }

    @Override
    public int minAnswer(int item) {
        requireItem(item, "item");
        return minAnswer;
    }

    @Override
    public int maxAnswer(int item) {
        requireItem(item, "item");
        return maxAnswer;
    }

    @Override
    public int minTotal() {
        return itemCount * minAnswer;
    }

    @Override
    public int maxTotal() {
        return itemCount * maxAnswer;
    }

    public List<CutOff> cutOffs() {
        return cutOffs;
    }

    public List<CriticalItem> criticalItems() {
        return criticalItems;
    }

    /** The 1-based item reported as {@code item9}, or {@code null}. */
    public Integer selfHarmItem() {
        return selfHarmItem;
    }

    @Override
    public ScoredResult score(List<Integer> answers) {
        validate(answers);
        int total = 0;
        for (Integer answer : answers) {
            total += answer;
        }
        CutOff range = cutOffFor(total);
        boolean critical = false;
        for (CriticalItem item : criticalItems) {
            if (answers.get(item.item() - 1) >= item.threshold()) {
                critical = true;
                break;
            }
        }
        Integer item9 = selfHarmItem == null ? null : answers.get(selfHarmItem - 1);
        return new ScoredResult(code, answers, total, range.band(), range.label(), critical, item9);
    }

    /** The cut-off row a total falls in. */
    public CutOff cutOffFor(int total) {
        if (total < minTotal() || total > maxTotal()) {
            throw new IllegalArgumentException("total " + total + " is outside " + minTotal() + ".." + maxTotal());
        }
        CutOff found = cutOffs.get(0);
        for (CutOff cutOff : cutOffs) {
            if (cutOff.minTotal() <= total) {
                found = cutOff;
            }
        }
        return found;
    }

    private void validate(List<Integer> answers) {
        List<FieldError> errors = new ArrayList<>();
        if (answers == null) {
            errors.add(FieldError.required("answers"));
            throw new ScoringException(code, errors);
        }
        if (answers.size() != itemCount) {
            errors.add(FieldError.of("answers", "screening.answers.count",
                    "must have " + itemCount + " answers for " + name + " but has " + answers.size(), itemCount, name, answers.size()));
        }
        for (int i = 0; i < answers.size(); i++) {
            Integer answer = answers.get(i);
            String field = "answers[" + i + "]";
            if (answer == null) {
                errors.add(FieldError.of(field, "screening.answer.required", "is required (item " + (i + 1) + ")", i + 1));
            } else if (answer < minAnswer || answer > maxAnswer) {
                errors.add(FieldError.of(field, "screening.answer.range",
                        "must be between " + minAnswer + " and " + maxAnswer + " (item " + (i + 1) + ")", minAnswer, maxAnswer, i + 1));
            }
        }
        if (!errors.isEmpty()) {
            throw new ScoringException(code, errors);
        }
    }

    private void requireItem(int item, String what) {
        if (item < 1 || item > itemCount) {
            throw new IllegalArgumentException(what + " " + item + " is outside 1.." + itemCount);
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an instrument needs a " + what);
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return "Instrument[" + code.toUpperCase(Locale.ROOT) + ", " + itemCount + " items]";
    }
}
