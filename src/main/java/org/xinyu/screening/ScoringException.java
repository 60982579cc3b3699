package org.xinyu.screening;

import org.xinyu.platform.problem.FieldError;

import java.util.List;

/**
 * The answers given to an instrument cannot be scored. Carries every problem found as a field error with its code:
 * {@code field} is {@code answers} for the list as a whole ({@code required}, {@code screening.answers.count}
 * [expected, instrument, given]) or {@code answers[i]} (0-based, as in the JSON array) for one answer
 * ({@code screening.answer.required} [item], {@code screening.answer.range} [min, max, item]; items 1-based).
 * Nothing is scored when this is thrown.
 */
public class ScoringException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ScoringException(String instrumentCode, List<FieldError> errors) {
        super(describe(instrumentCode, errors));
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("a scoring exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(String instrumentCode, List<FieldError> errors) {
        if (errors == null || errors.isEmpty()) {
            return "Invalid answers for " + instrumentCode;
        }
        FieldError first = errors.get(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return "Invalid answers for " + instrumentCode + ": " + first.field() + " " + first.message() + more;
    }
}
