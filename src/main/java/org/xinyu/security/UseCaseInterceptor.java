package org.xinyu.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Violations;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out {@link UseCase}: permission, then validation of the command records, then the method, then its audit
 * entry. Runs inside {@code @Transactional} (priority APPLICATION is after the transaction interceptor's), so the
 * audit entry — written last, because the chain's lock is held from there until commit — commits with the work.
 * A refusal (permission) is audited by {@link Access} on its own; a failing method leaves no success entry.
 */
@UseCase
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class UseCaseInterceptor {

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @AroundInvoke
    public Object run(InvocationContext invocation) throws Exception {
        UseCase useCase = declaration(invocation.getMethod());
        if (useCase.permission().length == 0) {
            access.caller();
        } else {
            for (Permission permission : useCase.permission()) {
                access.require(permission);
            }
        }
        validate(invocation.getMethod().getParameterTypes(), invocation.getParameters());
        AuditAction action = useCase.audit().length == 0 ? null : useCase.audit()[0];
        AuditNote note = AuditNote.open(action, useCase.target().isEmpty() ? null : useCase.target());
        try {
            Object result = invocation.proceed();
            if (!note.skipped()) {
                for (AuditNote.Extra extra : note.extras()) {
                    audit.success(extra.action(), extra.targetType(), extra.targetId(), extra.detail());
                }
                if (note.action() != null) {
                    audit.success(note.action(), note.targetType(), note.targetId(), note.detailText());
                }
            }
            return result;
        } finally {
            note.close();
        }
    }

    private static UseCase declaration(Method method) {
        UseCase onMethod = method.getAnnotation(UseCase.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(UseCase.class);
    }

    /**
     * Every command (a parameter whose type is a record of this application) must be given ({@code body} is
     * required) and valid; all field errors of all commands are answered together, before anything is read or written.
     */
    private static void validate(Class<?>[] types, Object[] parameters) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            if (types[i].isRecord() && types[i].getName().startsWith("org.xinyu.")) {
                if (parameters[i] == null) {
                    errors.add(FieldError.required("body"));
                } else {
                    errors.addAll(Violations.of(parameters[i]));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
