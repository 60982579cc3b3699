package org.xinyu.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bean Validation's violations as field errors with their codes: the one place a constraint becomes
 * {@code {field, message, code, args}}. One error per field (the first of required → too long → text → other, as
 * the hand-written checks reported), fields in the order the command declares them.
 */
public final class Violations {

    private static final class Factory {
        static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    }

    private Violations() {
    }

    /** The validator every use case's command is checked with (thread-safe, built once). */
    public static Validator validator() {
        return Factory.FACTORY.getValidator();
    }

    /** The command's field errors; empty when it is valid. */
    public static List<FieldError> of(Object command) {
        return fieldErrors(validator().validate(command), command.getClass());
    }

    public static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations, Class<?> root) {
        Map<String, ConstraintViolation<?>> first = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.<ConstraintViolation<?>>comparingInt(v -> order(root, field(v.getPropertyPath())))
                        .thenComparing(v -> field(v.getPropertyPath()))
                        .thenComparingInt(v -> severity(v.getConstraintDescriptor().getAnnotation())))
                .forEach(v -> first.putIfAbsent(field(v.getPropertyPath()), v));
        List<FieldError> errors = new ArrayList<>();
        first.forEach((field, v) -> errors.add(error(field, v)));
        return errors;
    }

    private static FieldError error(String field, ConstraintViolation<?> v) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        if (a instanceof Required || a instanceof jakarta.validation.constraints.NotNull
                || a instanceof jakarta.validation.constraints.NotBlank) {
            return FieldError.required(field);
        }
        if (a instanceof MaxLength max) {
            return FieldError.tooLong(field, max.value());
        }
        if (a instanceof Between range) {
            return FieldError.range(field, range.min(), range.max());
        }
        if (a instanceof CleanText clean && v.getInvalidValue() instanceof CharSequence text) {
            return TextRules.check(field, text.toString(), clean.multiLine())
                    .orElse(FieldError.of(field, "text", v.getMessage()));
        }
        return FieldError.of(field, codeOf(a), v.getMessage());
    }

    /**
     * A feature's own constraint names its code in a {@code code()} element ({@code student.numberFormat}); any
     * other constraint is known by its name ({@code @Pattern}: {@code pattern}).
     */
    private static String codeOf(Annotation a) {
        try {
            Object code = a.annotationType().getMethod("code").invoke(a);
            if (code instanceof String text && !text.isBlank()) {
                return text;
            }
        } catch (ReflectiveOperationException e) {
            // no code element: the constraint's name below
        }
        String name = a.annotationType().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static int severity(Annotation a) {
        if (a instanceof Required || a instanceof jakarta.validation.constraints.NotNull) {
            return 0;
        }
        if (a instanceof MaxLength) {
            return 1;
        }
        return a instanceof CleanText ? 2 : 3;
    }

    private static int order(Class<?> root, String field) {
        if (root.isRecord()) {
            String top = field.split("[.\\[]", 2)[0];
            RecordComponent[] components = root.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(top)) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** {@code answers[2]}, {@code student.name}: the path as the JSON body names it, without method or parameter. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                default -> {
                }
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
