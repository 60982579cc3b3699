package org.xinyu.platform.problem;

import java.util.List;

/**
 * A request that cannot be carried out, with the HTTP status and the RFC 9457 fields to answer it with.
 * Application services throw it; the REST layer maps it to problem+json and the workbench to a message.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.isEmpty() ? "The request is invalid."
                : errors.get(0).field() + ": " + errors.get(0).message();
        return new ProblemException(400, "Invalid input", detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what + " was not found.", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(409, "Conflict", detail, List.of(new FieldError(field, detail)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
