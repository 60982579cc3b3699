package org.xinyu.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether text can become the typed value a command field holds: an enum constant by its name, an ISO date, an
 * ISO instant. The JSON reader checks this before binding, so a command never carries a half-parsed value and no
 * service parses an enum or a date from a string.
 */
public final class TypedValues {

    private TypedValues() {
    }

    /** The field error for {@code text} as a value of {@code type}; empty when it is one (or the type is text). */
    public static Optional<FieldError> check(Class<?> type, String field, String text) {
        if (type.isEnum()) {
            boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(text));
            return known ? Optional.empty() : Optional.of(FieldError.oneOf(field,
                    Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()));
        }
        try {
            if (type == LocalDate.class) {
                LocalDate.parse(text);
            } else if (type == Instant.class) {
                Instant.parse(text);
            }
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(type == LocalDate.class ? FieldError.date(field)
                    : FieldError.of(field, "instant", "must be a moment like 2026-11-29T08:00:00Z"));
        }
    }
}
