package org.xinyu.rules.engine.fact;

import java.time.LocalDate;
import java.util.Objects;

/** The current semester from the school calendar, both days inclusive. */
public record Semester(LocalDate start, LocalDate end) {
    public Semester {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("semester ends before it starts");
        }
    }
}
