package org.xinyu.rules.engine.fact;

import java.util.Set;
import org.xinyu.casework.HomeVisitMode;

/**
 * Result of one home-visit rule: an interval in days ({@code perSemester} candidates carry
 * {@link #PER_SEMESTER} so that any day interval is shorter) and the visit modes that count for it.
 */
public record VisitIntervalCandidate(int days, boolean perSemester, Set<HomeVisitMode> countingModes, String rule) {
    public static final int PER_SEMESTER = Integer.MAX_VALUE;

    public VisitIntervalCandidate {
        countingModes = Set.copyOf(countingModes);
    }
}
