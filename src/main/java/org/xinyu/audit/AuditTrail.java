package org.xinyu.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.xinyu.audit.AuditRecord.Outcome;
import org.xinyu.platform.RequestContext;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way to audit. Inside a transaction, entries are kept until just before commit and then appended
 * in that same transaction: the action and its audit entry commit together or not at all, and the chain's
 * lock is held only for the last moment. Denials are written independently, since the denied work rolls back.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Object KEY = AuditTrail.class;

    @Inject
    AuditStore store;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry registry;

    public void success(String action, String targetType, Object targetId) {
        record(action, targetType, targetId, Outcome.SUCCESS, null);
    }

    public void success(String action, String targetType, Object targetId, String detail) {
        record(action, targetType, targetId, Outcome.SUCCESS, detail);
    }

    /** A refused request: written at once in its own transaction. */
    public void denied(String action, String targetType, Object targetId, String detail) {
        store.appendIndependently(List.of(entry(action, targetType, targetId, Outcome.DENIED, detail)));
    }

    /** A failure that must be kept even though the caller's work fails (e.g. a wrong password). */
    public void failureIndependently(String action, String targetType, Object targetId, String detail) {
        store.appendIndependently(List.of(entry(action, targetType, targetId, Outcome.FAILURE, detail)));
    }

    public void record(String action, String targetType, Object targetId, Outcome outcome, String detail) {
        AuditRecord entry = entry(action, targetType, targetId, outcome, detail);
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            store.appendIndependently(List.of(entry));
            return;
        }
        @SuppressWarnings("unchecked")
        List<AuditRecord> pending = (List<AuditRecord>) registry.getResource(KEY);
        if (pending == null) {
            List<AuditRecord> buffer = new ArrayList<>();
            registry.putResource(KEY, buffer);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        store.append(buffer);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing: on rollback the buffered entries vanish with the work they describe
                }
            });
            pending = buffer;
        }
        pending.add(entry);
    }

    private AuditRecord entry(String action, String targetType, Object targetId, Outcome outcome, String detail) {
        RequestContext.Info info = RequestContext.current();
        return new AuditRecord(clock.instant().truncatedTo(ChronoUnit.MILLIS), info.actor(), action, targetType,
                targetId == null ? null : targetId.toString(), outcome, info.clientAddress(), info.requestId(), detail);
    }
}
