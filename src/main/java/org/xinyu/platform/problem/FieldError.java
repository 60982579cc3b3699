package org.xinyu.platform.problem;

import java.util.List;
import java.util.Objects;

/**
 * One invalid input field, as listed in a problem+json {@code errors} array: the field's path, a message for API
 * clients (English), and a stable {@code code} with its {@code args} that the workbench translates
 * ({@code problem.<code>}) — clients and views never have to match the message's text.
 *
 * <p>Codes in use: {@code required}, {@code tooLong} [max], {@code range} [min, max], {@code oneOf} [allowed values],
 * {@code date}, {@code wholeNumber}, {@code number}, {@code boolean}, {@code string}, {@code list}, {@code object},
 * {@code outOfRange}, the text rules' {@code text.*} (see {@link TextRules}), and feature codes named
 * {@code <feature>.<what>} (e.g. {@code date.future}).
 */
public record FieldError(String field, String message, String code, List<Object> args) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldError of(String field, String code, String message, Object... args) {
        return new FieldError(field, message, code, List.of(args));
    }

    public static FieldError required(String field) {
        return of(field, "required", "is required");
    }

    public static FieldError tooLong(String field, int max) {
        return of(field, "tooLong", "must be at most " + max + " characters", max);
    }

    public static FieldError range(String field, long min, long max) {
        return of(field, "range", "must be between " + min + " and " + max, min, max);
    }

    /** A value outside a closed list; {@code allowed} in the order the message names them. */
    public static FieldError oneOf(String field, List<String> allowed) {
        String list = String.join(", ", allowed);
        return of(field, "oneOf", "must be one of " + list, list);
    }

    public static FieldError date(String field) {
        return of(field, "date", "must be a date like 2026-11-29");
    }

    /** The same error under another field path (a nested record's field inside its parent). */
    public FieldError at(String otherField) {
        return new FieldError(otherField, message, code, args);
    }
}
