package org.xinyu.rules.engine.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The point in time of the evaluation and the school's calendar day (Asia/Shanghai). */
public record Now(Instant instant, LocalDate today, ZoneId zone) {

    /** Whole calendar days from {@code day} to today: 0 for today, 1 for yesterday, negative for a future day. */
    public int daysSince(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(day, today);
    }

    /** The school's calendar day of {@code instant}. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant of {@code day} in the school's zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code day} ends in the school's zone: a deadline "by that day". */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
