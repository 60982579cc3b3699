package org.xinyu.rules.engine.fact;

import java.time.LocalDate;
import java.util.Collection;

/** Result: the last visit that counts for the winning interval and the day by which the next is due (null: nothing due this semester). */
public record VisitSchedule(LocalDate lastVisitOn, LocalDate nextDueBy, String rule) {

    /** The latest of some visit days, or null if there are none. */
    public static LocalDate latest(Collection<?> days) {
        LocalDate latest = null;
        for (Object o : days) {
            LocalDate d = (LocalDate) o;
            if (latest == null || d.isAfter(latest)) {
                latest = d;
            }
        }
        return latest;
    }
}
