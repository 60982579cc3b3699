package org.xinyu.student;

import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a fact about a student happened (observed, screened, visited) lies between the student's birth and
 * today: codes {@code date.future} and {@code date.beforeBirth}.
 */
public final class FactDates {

    private FactDates() {
    }

    /** 400 on {@code field} when {@code day} is after {@code today} or before {@code earliest} (see StudentDirectory). */
    public static void check(String field, LocalDate day, LocalDate today, LocalDate earliest) {
        problem(field, day, today, earliest).ifPresent(error -> {
            throw ProblemException.invalid(error);
        });
    }

    /** The same as an error to report beside others; empty when the day is possible. */
    public static Optional<FieldError> problem(String field, LocalDate day, LocalDate today, LocalDate earliest) {
        if (day.isAfter(today)) {
            return Optional.of(FieldError.of(field, "date.future", "cannot be in the future"));
        }
        if (day.isBefore(earliest)) {
            return Optional.of(FieldError.of(field, "date.beforeBirth", "cannot be before the student's birth date"));
        }
        return Optional.empty();
    }
}
