package org.xinyu.rules.engine.fact;

import java.time.LocalDate;
import java.util.Set;
import org.xinyu.casework.HomeVisitMode;

/**
 * Result of one home-visit rule: an interval in days ({@code perSemester} candidates carry
 * {@link #PER_SEMESTER} so that any day interval is shorter), the visit modes that count for it, and the day
 * it began to apply ({@code since}: the day the level was reached or the circumstance recorded; null for the
 * per-semester baseline, which always applies).
 */
public record VisitIntervalCandidate(int days, boolean perSemester, Set<HomeVisitMode> countingModes, LocalDate since, String rule) {
    public static final int PER_SEMESTER = Integer.MAX_VALUE;

    public VisitIntervalCandidate {
        countingModes = Set.copyOf(countingModes);
    }

    /**
     * For rule-set versions stored before intervals carried their start (version 1 of a database seeded before
     * 2026-11-30): such an interval applies all along, as those versions counted it.
     */
    public VisitIntervalCandidate(int days, boolean perSemester, Set<HomeVisitMode> countingModes, String rule) {
        this(days, perSemester, countingModes, null, rule);
    }
}
