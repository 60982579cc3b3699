package org.xinyu.security;

import jakarta.interceptor.InvocationContext;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.problem.ProblemException;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Calls an application service's method the way the container does, through {@link UseCaseInterceptor} (permission,
 * command validation, the audit entry from {@code AuditNote}), with the given gate and trail and no server: for plain
 * JUnit tests of a use case whose checks and audit the interceptor now carries.
 */
public final class UseCaseHarness {

    private final UseCaseInterceptor interceptor = new UseCaseInterceptor();

    public UseCaseHarness(Access access, AuditTrail audit) {
        interceptor.access = access;
        interceptor.audit = audit;
    }

    /**
     * A gate for the caller {@code caller} gives (asked on every call, so a test may change the caller): it lets the
     * caller do what the role may and refuses the rest with 403, as the real gate does.
     */
    public static Access gateFor(Supplier<AccountPrincipal> caller) {
        return new Access() {
            @Override
            public AccountPrincipal caller() {
                return caller.get();
            }

            @Override
            public AccountPrincipal require(Permission permission) {
                AccountPrincipal c = caller.get();
                if (!c.may(permission)) {
                    throw ProblemException.forbidden("Your role may not do this.");
                }
                return c;
            }
        };
    }

    /**
     * A trail that writes each entry into {@code lines} as {@code "CODE TYPE:ID detail"}, a failure kept
     * independently with {@code "failed "} before it, instead of storing it.
     */
    public static AuditTrail recordingInto(List<String> lines) {
        return new AuditTrail() {
            @Override
            public void success(AuditAction action, String targetType, Object targetId, String detail) {
                lines.add(action.code() + " " + targetType + ":" + targetId + " " + detail);
            }

            @Override
            public void failureIndependently(AuditAction action, String targetType, Object targetId, String detail) {
                lines.add("failed " + action.code() + " " + targetType + ":" + targetId + " " + detail);
            }
        };
    }

    /** {@code target.method(args)} through the interceptor; the method is found by name and number of arguments. */
    @SuppressWarnings("unchecked")
    public <T> T call(Object target, String method, Object... args) {
        Method m = Arrays.stream(target.getClass().getMethods())
                .filter(c -> c.getName().equals(method) && c.getParameterCount() == args.length)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no method " + method + "/" + args.length));
        try {
            return (T) interceptor.run(new Invocation(target, m, args));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Invocation(Object target, Method method, Object[] parameters) implements InvocationContext {

        @Override
        public Object getTarget() {
            return target;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return parameters;
        }

        @Override
        public void setParameters(Object[] params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }

        @Override
        public Object proceed() throws Exception {
            try {
                return method.invoke(target, parameters);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
