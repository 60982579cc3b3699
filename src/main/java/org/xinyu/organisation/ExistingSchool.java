package org.xinyu.organisation;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.function.Predicate;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The code of a school that exists (blank and null pass: {@code @Required} says those). Code {@code school.unknown}.
 * A constraint rather than a check in the use case, so that an unknown school is reported together with the
 * command's other field errors, as one answer. Looks the school up in the running application's
 * {@link SchoolDirectory}; {@link Check#lookUpWith} replaces that for plain unit tests.
 */
@Documented
@Constraint(validatedBy = ExistingSchool.Check.class)
@Target({FIELD, RECORD_COMPONENT, PARAMETER})
@Retention(RUNTIME)
public @interface ExistingSchool {
    String code() default "school.unknown";

    String message() default "no such school";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ExistingSchool, String> {

        private static volatile Predicate<String> lookUp;

        /** For tests without a container: which codes name a school; null: the application's directory again. */
        public static void lookUpWith(Predicate<String> exists) {
            lookUp = exists;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            Predicate<String> exists = lookUp;
            return exists != null ? exists.test(value)
                    : CDI.current().select(SchoolDirectory.class).get().findSchool(value).isPresent();
        }
    }
}
