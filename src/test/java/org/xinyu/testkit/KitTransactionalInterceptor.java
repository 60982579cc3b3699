package org.xinyu.testkit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;

/**
 * {@code @Transactional} as the server's JTA interceptor applies it (Jakarta Transactions 2.0, §3.7), over
 * {@link KitTransactions}: REQUIRED joins or begins, REQUIRES_NEW suspends and begins, MANDATORY and NEVER refuse,
 * SUPPORTS runs as it is, NOT_SUPPORTED suspends. An unchecked exception (or one named in {@code rollbackOn}, and
 * not in {@code dontRollbackOn}) rolls the transaction back, or marks a joined one for rollback; the exception
 * reaches the caller unchanged. Same priority as the server's, so the application's own interceptors
 * ({@code Interceptor.Priority.APPLICATION}) run inside the transaction as they do there.
 */
public abstract class KitTransactionalInterceptor {

    /** {@code value} is a binding member of {@code @Transactional}: one interceptor per type, as the server has. */
    static final Class<?>[] ALL = {Required.class, RequiresNew.class, Mandatory.class, Supports.class,
            NotSupported.class, Never.class};

    @Transactional(Transactional.TxType.REQUIRED)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class Required extends KitTransactionalInterceptor {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class RequiresNew extends KitTransactionalInterceptor {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class Mandatory extends KitTransactionalInterceptor {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class Supports extends KitTransactionalInterceptor {
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class NotSupported extends KitTransactionalInterceptor {
    }

    @Transactional(Transactional.TxType.NEVER)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class Never extends KitTransactionalInterceptor {
    }

    @Inject
    KitTransactions transactions;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        Transactional config = ctx.getMethod().getAnnotation(Transactional.class);
        if (config == null) {
            config = findOnClass(ctx.getMethod().getDeclaringClass());
        }
        if (config == null) {
            config = findOnClass(ctx.getTarget().getClass());
        }
        Transactional.TxType type = config == null ? Transactional.TxType.REQUIRED : config.value();
        KitTransactions.Tx current = transactions.current();
        switch (type) {
            case REQUIRED:
                return current == null ? inNew(ctx, config, transactions) : joined(ctx, config, transactions, current);
            case REQUIRES_NEW:
                if (current == null) {
                    return inNew(ctx, config, transactions);
                }
                transactions.suspend();
                try {
                    return inNew(ctx, config, transactions);
                } finally {
                    transactions.resume();
                }
            case MANDATORY:
                if (current == null) {
                    throw new TransactionalException("a transaction is required", new TransactionRequiredException());
                }
                return joined(ctx, config, transactions, current);
            case NEVER:
                if (current != null) {
                    throw new TransactionalException("no transaction is allowed", new InvalidTransactionException());
                }
                return ctx.proceed();
            case NOT_SUPPORTED:
                if (current == null) {
                    return ctx.proceed();
                }
                transactions.suspend();
                try {
                    return ctx.proceed();
                } finally {
                    transactions.resume();
                }
            case SUPPORTS:
            default:
                return current == null ? ctx.proceed() : joined(ctx, config, transactions, current);
        }
    }

    private static Transactional findOnClass(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Transactional t = c.getAnnotation(Transactional.class);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static Object inNew(InvocationContext ctx, Transactional config, KitTransactions transactions) throws Exception {
        KitTransactions.Tx tx = transactions.begin();
        Object result;
        try {
            result = ctx.proceed();
        } catch (Exception | Error e) {
            boolean rollback = rollsBack(config, e);
            try {
                transactions.end(tx, !rollback);
            } catch (RuntimeException commitFailure) {
                e.addSuppressed(commitFailure);
            }
            throw e;
        }
        transactions.end(tx, true);
        return result;
    }

    private static Object joined(InvocationContext ctx, Transactional config, KitTransactions transactions,
                                 KitTransactions.Tx tx) throws Exception {
        try {
            return ctx.proceed();
        } catch (Exception | Error e) {
            if (rollsBack(config, e)) {
                tx.rollbackOnly = true;
            }
            throw e;
        }
    }

    /** Jakarta Transactions' rule: unchecked exceptions roll back, checked ones not, unless configured otherwise. */
    static boolean rollsBack(Transactional config, Throwable e) {
        if (config != null) {
            for (Class<?> c : config.dontRollbackOn()) {
                if (c.isInstance(e)) {
                    return false;
                }
            }
            for (Class<?> c : config.rollbackOn()) {
                if (c.isInstance(e)) {
                    return true;
                }
            }
        }
        return e instanceof RuntimeException || e instanceof Error;
    }
}
