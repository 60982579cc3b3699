package org.xinyu.platform.problem;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A whole number from {@code min} to {@code max}, both included (null passes). Code {@code range} [min, max]. */
@Documented
@Constraint(validatedBy = Between.Check.class)
@Target({FIELD, RECORD_COMPONENT, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Between {
    long min();

    long max();

    String message() default "must be between {min} and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Between, Number> {
        private long min;
        private long max;

        @Override
        public void initialize(Between annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            return value == null || (value.longValue() >= min && value.longValue() <= max);
        }
    }
}
