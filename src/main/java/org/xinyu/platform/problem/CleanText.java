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

/**
 * Text that follows {@link TextRules} (null passes); {@code multiLine} allows tab and line breaks (notes) — the
 * JSON reader reads such a field as {@link MultiLine} too. Codes {@code text.*}.
 */
@Documented
@Constraint(validatedBy = CleanText.Check.class)
@Target({FIELD, RECORD_COMPONENT, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CleanText {
    boolean multiLine() default false;

    String message() default "contains characters that are not allowed";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<CleanText, CharSequence> {
        private boolean multiLine;

        @Override
        public void initialize(CleanText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || TextRules.check("", value.toString(), multiLine).isEmpty();
        }
    }
}
