package org.xinyu.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import org.xinyu.audit.AuditAction;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * An application service's public operation: what it needs and what it leaves in the audit trail, said once.
 * {@link UseCaseInterceptor} checks {@link #permission} (none: any signed-in caller) before the method, validates
 * its command records (Bean Validation, see {@code Violations}), and after the method succeeds appends one audit
 * entry under {@link #audit} about {@link #target} (none: not audited, for reads that reveal no record, like counts)
 * with the id and detail the method gave {@code AuditNote}. Inside {@code @Transactional}, so the entry commits
 * with the work or not at all.
 */
@InterceptorBinding
@Inherited
@Documented
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface UseCase {

    /** The permission the caller needs; empty: any signed-in caller (e.g. changing one's own password). */
    @Nonbinding
    Permission[] permission() default {};

    /** The audit entry's action; empty: nothing is audited. */
    @Nonbinding
    AuditAction[] audit() default {};

    /** The audit entry's record type (CASE, STUDENT, ...); the id comes from {@code AuditNote.target}. */
    @Nonbinding
    String target() default "";
}
