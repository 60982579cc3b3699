package org.xinyu.rules.engine.fact;

import java.time.LocalDate;

/**
 * Derived: what one home-visit interval asks for — the last visit that counts for it and the day by which
 * the next is due (null: nothing due this semester). The earliest due of all intervals is the student's.
 */
public record VisitDue(VisitIntervalCandidate interval, LocalDate lastVisitOn, LocalDate due, String rule) {

    /**
     * A day interval is next due one interval after the latest of its last counting visit, the semester's start
     * and the day the interval began to apply.
     */
    public static VisitDue oneIntervalAfterLatestOf(VisitIntervalCandidate interval, LocalDate lastVisitOn,
                                                    LocalDate semesterStart, String rule) {
        LocalDate from = later(later(lastVisitOn, semesterStart), interval.since());
        return new VisitDue(interval, lastVisitOn, from.plusDays(interval.days()), rule);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }
}
