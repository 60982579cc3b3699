package org.xinyu.audit;

import org.xinyu.platform.Zones;
import org.xinyu.platform.problem.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One end of an audit search's time range: an instant, or a whole day in Beijing time (so {@code to=2026-11-29}
 * includes that day).
 */
public record TimeBound(Instant instant, LocalDate day) {

    public TimeBound {
        if ((instant == null) == (day == null)) {
            throw new IllegalArgumentException("an instant or a day");
        }
    }

    public static TimeBound at(Instant instant) {
        return new TimeBound(Objects.requireNonNull(instant), null);
    }

    /** The whole day; null for no day (an empty date field). */
    public static TimeBound day(LocalDate day) {
        return day == null ? null : new TimeBound(null, day);
    }

    /** As a start, inclusive: the instant, or the day's first moment. */
    public Instant from() {
        return instant != null ? instant : day.atStartOfDay(Zones.SCHOOL).toInstant();
    }

    /** As an end, exclusive: the instant, or the next day's first moment. */
    public Instant until() {
        return instant != null ? instant : day.plusDays(1).atStartOfDay(Zones.SCHOOL).toInstant();
    }

    /**
     * A query parameter as api.md writes it: a date ({@code 2026-11-29}) or an instant with its offset
     * ({@code 2026-11-29T08:30:00+08:00}); blank is none. A malformed one is the field's error (code {@code audit.time}).
     */
    static Optional<TimeBound> parse(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.of(v.length() == 10 ? day(LocalDate.parse(v)) : at(OffsetDateTime.parse(v).toInstant()));
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "audit.time",
                    "must be an ISO-8601 date (2026-11-29) or instant with offset (2026-11-29T08:30:00+08:00)"));
            return Optional.empty();
        }
    }
}
