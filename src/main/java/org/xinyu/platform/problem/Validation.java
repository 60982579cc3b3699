package org.xinyu.platform.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of a request before anything is written, then fails once with all of them. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    /** A rule of the use case's own, with its code (e.g. {@code date.future}). */
    public Validation require(boolean ok, String field, String code, String message, Object... args) {
        if (!ok) {
            errors.add(FieldError.of(field, code, message, args));
        }
        return this;
    }

    /** Required single-line text of at most {@code maxLength} characters, following {@link TextRules}. */
    public Validation requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.required(field));
        } else if (value.length() > maxLength) {
            errors.add(FieldError.tooLong(field, maxLength));
        } else {
            TextRules.check(field, value, false).ifPresent(errors::add);
        }
        return this;
    }

    public Validation requireNonNull(Object value, String field) {
        if (value == null) {
            errors.add(FieldError.required(field));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void add(FieldError error) {
        errors.add(error);
    }

    /** Throws a 400 problem listing every collected error, if there is any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
