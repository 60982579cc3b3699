package org.xinyu.rules.engine.fact;

import java.time.LocalDate;
import java.util.Set;
import org.xinyu.casework.HomeVisitMode;

/**
 * The home-visit requirement of an evaluation. Either {@code intervalDays} is set, or {@code perSemester}
 * is true (intervalDays null). {@code remoteCounts} is true when phone or video visits count.
 * {@code nextDueBy} is null when a per-semester requirement is already met this semester.
 */
public record HomeVisitRequirement(Integer intervalDays, boolean perSemester, String rule, boolean remoteCounts,
                                   Set<HomeVisitMode> countingModes,
                                   boolean absentParentContactRequired, boolean absentParentContactSatisfied,
                                   LocalDate lastVisitOn, LocalDate nextDueBy, boolean overdue) {
    public HomeVisitRequirement {
        countingModes = Set.copyOf(countingModes);
    }
}
