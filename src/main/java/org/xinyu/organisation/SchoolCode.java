package org.xinyu.organisation;

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
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A new school's code: 2–32 letters, digits or '-' (null passes). Code {@code school.codeFormat}. */
@Documented
@Constraint(validatedBy = SchoolCode.Check.class)
@Target({FIELD, RECORD_COMPONENT, PARAMETER})
@Retention(RUNTIME)
public @interface SchoolCode {
    String code() default "school.codeFormat";

    String message() default "use 2-32 letters, digits or '-'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<SchoolCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.matches("[A-Za-z0-9-]{2,32}");
        }
    }
}
