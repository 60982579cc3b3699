package org.xinyu.platform.problem;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Text of a feature's own format (a student number, a school code): the whole of it matches {@code regexp} (null
 * passes; {@code @Required} says that). The error carries the feature's {@code code} and {@code message}, which say
 * the format in words ("use letters, digits or '-'").
 */
@Documented
@Constraint(validatedBy = Format.Check.class)
@Target({FIELD, RECORD_COMPONENT, PARAMETER})
@Retention(RUNTIME)
public @interface Format {
    String regexp();

    /** The field error's code, {@code <feature>.<what>}. */
    String code();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Format, CharSequence> {
        private Pattern pattern;

        @Override
        public void initialize(Format annotation) {
            pattern = Pattern.compile(annotation.regexp());
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || pattern.matcher(value).matches();
        }
    }
}
