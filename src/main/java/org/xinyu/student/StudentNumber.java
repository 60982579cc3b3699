package org.xinyu.student;

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

/** A student number as schools write them: 1–32 letters, digits or '-' (null passes). Code {@code student.numberFormat}. */
@Documented
@Constraint(validatedBy = StudentNumber.Check.class)
@Target({FIELD, RECORD_COMPONENT, PARAMETER})
@Retention(RUNTIME)
public @interface StudentNumber {
    String code() default "student.numberFormat";

    String message() default "use letters, digits or '-'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<StudentNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.matches("[A-Za-z0-9-]{1,32}");
        }
    }
}
