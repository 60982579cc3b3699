package org.xinyu.platform.problem;

import java.util.List;

/**
 * A request that cannot be carried out, with the HTTP status and the RFC 9457 fields to answer it with.
 * Application services throw it; the REST layer maps it to problem+json and the workbench to a message.
 * Besides its English {@code detail}, a problem carries a stable {@code code} with {@code args} (answered as the
 * problem's {@code code}) that the workbench translates as {@code problem.<code>}; field errors carry their own.
 * Codes: {@code invalid} (see the field errors), {@code notFound} [what], {@code forbidden}, {@code unauthorized},
 * {@code conflict} and feature codes named {@code <feature>.<what>} (e.g. {@code case.notClosable}).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final String code;
    private final List<Object> args;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, defaultCode(status), List.of());
    }

    public ProblemException(int status, String title, String detail, List<FieldError> errors, String code, List<Object> args) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.code = code;
        this.args = args == null ? List.of() : List.copyOf(args);
    }

    private static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 409 -> "conflict";
            default -> "problem";
        };
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.isEmpty() ? "The request is invalid."
                : errors.get(0).field() + ": " + errors.get(0).message();
        return new ProblemException(400, "Invalid input", detail, errors);
    }

    public static ProblemException invalid(FieldError error) {
        return invalid(List.of(error));
    }

    /** {@code what}: the record's English name as the message says it ("Case"); also the code's argument. */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what + " was not found.", List.of(), "notFound", List.of(what));
    }

    /**
     * A 409 with its code; {@code field} (may be null) names the field the conflict is about, which is then also
     * listed in {@code errors} with the same code.
     */
    public static ProblemException conflict(String code, String field, String detail, Object... args) {
        List<FieldError> errors = field == null ? List.of() : List.of(FieldError.of(field, code, detail, args));
        return new ProblemException(409, "Conflict", detail, errors, code, List.of(args));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    /** A 403 with its own code, for a refusal that is more than a missing permission. */
    public static ProblemException forbidden(String code, String detail, Object... args) {
        return new ProblemException(403, "Forbidden", detail, List.of(), code, List.of(args));
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

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
