package org.xinyu.platform.problem;

/** One invalid input field, as listed in a problem+json {@code errors} array. */
public record FieldError(String field, String message) {
}
