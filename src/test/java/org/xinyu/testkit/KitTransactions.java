package org.xinyu.testkit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.sessions.UnitOfWork;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kit's stand-in for JTA: one resource-local transaction per thread and level, each with its own
 * EntityManager, as a transaction-scoped persistence context is in the server. A REQUIRES_NEW (or NOT_SUPPORTED)
 * call suspends the thread's transaction on a stack and resumes it afterwards, so independent transactions
 * ({@code AuditStore.appendIndependently}) really commit on their own connection.
 *
 * <p>It is also the {@link TransactionSynchronizationRegistry} the application is given: resources and
 * interposed synchronizations belong to the thread's current transaction, as in the server.
 */
final class KitTransactions implements TransactionSynchronizationRegistry {

    /** One transaction: its persistence context, resources and synchronizations. */
    static final class Tx {
        final EntityManager em;
        final EntityTransaction local;
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();
        boolean rollbackOnly;

        private Tx(EntityManager em) {
            this.em = em;
            this.local = em.getTransaction();
        }
    }

    /** On the stack above a suspended transaction (REQUIRES_NEW, NOT_SUPPORTED). */
    private static final Object SUSPENDED = new Object();

    private final EntityManagerFactory factory;
    private final ThreadLocal<Deque<Object>> stacks = ThreadLocal.withInitial(ArrayDeque::new);
    /** Outside any transaction reads use this persistence context; it is cleared whenever a transaction starts or ends. */
    private final ThreadLocal<EntityManager> idle = new ThreadLocal<>();

    KitTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The thread's transaction, or null. */
    Tx current() {
        Object top = stacks.get().peek();
        return top instanceof Tx tx ? tx : null; // empty, or a suspension marker: no transaction
    }

    /** The persistence context the application's {@code EntityManager} stands for right now on this thread. */
    EntityManager entityManager() {
        Tx tx = current();
        if (tx != null) {
            return tx.em;
        }
        EntityManager em = idle.get();
        if (em == null || !em.isOpen()) {
            em = factory.createEntityManager();
            idle.set(em);
        }
        return em;
    }

    Tx begin() {
        forgetIdle();
        Tx tx = new Tx(factory.createEntityManager());
        tx.local.begin();
        // holds the transaction's connection from the start, as a JTA transaction enlists it: em.unwrap(Connection.class)
        // (the audit's appends) then gives the connection the persistence context writes on, inside this transaction
        tx.em.unwrap(UnitOfWork.class).beginEarlyTransaction();
        stacks.get().push(tx);
        return tx;
    }

    /** Ends the current transaction: commits it unless it is marked for rollback. */
    void end(Tx tx, boolean commit) {
        Deque<Object> stack = stacks.get();
        if (stack.peek() != tx) {
            throw new IllegalStateException("transactions ended out of order");
        }
        int status = Status.STATUS_ROLLEDBACK;
        RuntimeException failure = null;
        try {
            if (commit && !tx.rollbackOnly) {
                for (Synchronization s : List.copyOf(tx.synchronizations)) {
                    s.beforeCompletion();
                }
            }
            if (commit && !tx.rollbackOnly && !tx.local.getRollbackOnly()) {
                tx.local.commit();
                status = Status.STATUS_COMMITTED;
            } else if (tx.local.isActive()) {
                tx.local.rollback();
            }
        } catch (RuntimeException e) {
            failure = e;
            if (tx.local.isActive()) {
                tx.local.rollback();
            }
        } finally {
            stack.pop();
            tx.em.close();
            forgetIdle();
        }
        for (Synchronization s : tx.synchronizations) {
            s.afterCompletion(status);
        }
        if (failure != null) {
            throw failure;
        }
        if (commit && status != Status.STATUS_COMMITTED) {
            throw new jakarta.transaction.TransactionalException("the transaction was marked for rollback",
                    new jakarta.transaction.RollbackException("marked for rollback"));
        }
    }

    void suspend() {
        forgetIdle();
        stacks.get().push(SUSPENDED); // not a Tx: the thread runs without a transaction until resume()
    }

    void resume() {
        Object top = stacks.get().pop();
        if (top instanceof Tx) {
            throw new IllegalStateException("resume() without suspend()");
        }
        forgetIdle();
    }

    void forgetIdle() {
        EntityManager em = idle.get();
        if (em != null) {
            idle.remove();
            if (em.isOpen()) {
                em.close();
            }
        }
    }

    private Tx required() {
        Tx tx = current();
        if (tx == null) {
            throw new IllegalStateException("no transaction on this thread");
        }
        return tx;
    }

    @Override
    public Object getTransactionKey() {
        return current();
    }

    @Override
    public void putResource(Object key, Object value) {
        required().resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
        return required().resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        required().synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
        Tx tx = current();
        if (tx == null) {
            return Status.STATUS_NO_TRANSACTION;
        }
        return tx.rollbackOnly ? Status.STATUS_MARKED_ROLLBACK : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        required().rollbackOnly = true;
    }

    @Override
    public boolean getRollbackOnly() {
        return required().rollbackOnly;
    }
}
