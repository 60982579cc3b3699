package org.xinyu.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.xinyu.audit.AuditRecord.Outcome;
import org.xinyu.platform.RequestContext;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way to audit. Inside a transaction an entry is appended at once in that transaction, so the action
 * and its entry commit together or not at all; the chain's lock is then held until commit, which is why
 * services audit at the end of their work. Denials are written independently, since the denied work rolls back.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditStore store;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry registry;

    public void success(AuditAction action, String targetType, Object targetId) {
        record(action.code(), targetType, targetId, Outcome.SUCCESS, null);
    }

    public void success(AuditAction action, String targetType, Object targetId, String detail) {
        record(action.code(), targetType, targetId, Outcome.SUCCESS, detail);
    }

    public void denied(AuditAction action, String targetType, Object targetId, String detail) {
        denied(action.code(), targetType, targetId, detail);
    }

    public void failureIndependently(AuditAction action, String targetType, Object targetId, String detail) {
        failureIndependently(action.code(), targetType, targetId, detail);
    }

    /**
     * The String forms are for actions composed at run time (a denial stored under the permission's name, see
     * {@link AuditAction#describe}); every fixed action is an {@link AuditAction}.
     */
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

    /**
     * A failure kept independently, recorded under the given actor instead of the request's: a failed sign-in is
     * the attempted account's (the request has no caller yet), so that searching by that account finds it.
     */
    public void failureIndependentlyAs(String actor, AuditAction action, String targetType, Object targetId, String detail) {
        AuditRecord e = entry(action.code(), targetType, targetId, Outcome.FAILURE, detail);
        store.appendIndependently(List.of(new AuditRecord(e.at(), actor, e.action(), e.targetType(), e.targetId(), e.outcome(),
                e.clientAddress(), e.requestId(), e.detail())));
    }

    public void record(String action, String targetType, Object targetId, Outcome outcome, String detail) {
        append(List.of(entry(action, targetType, targetId, outcome, detail)));
    }

    /**
     * Collects successful actions and appends them together ({@link Batch#append()}): one write of the chain for a
     * whole sweep page or a whole case outcome instead of one per entry.
     */
    public Batch batch() {
        return new Batch();
    }

    /** Entries collected for one append; not thread-safe. */
    public final class Batch {
        private final List<AuditRecord> entries = new ArrayList<>();

        private Batch() {
        }

        public void success(AuditAction action, String targetType, Object targetId, String detail) {
            success(action.code(), targetType, targetId, detail);
        }

        public void success(String action, String targetType, Object targetId, String detail) {
            entries.add(entry(action, targetType, targetId, Outcome.SUCCESS, detail));
        }

        public void append() {
            if (!entries.isEmpty()) {
                AuditTrail.this.append(List.copyOf(entries));
                entries.clear();
            }
        }
    }

    private void append(List<AuditRecord> entries) {
        if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            // inside the caller's transaction: the entry commits with the work or not at all. (Deferring the
            // append to beforeCompletion was tried: the connection got there is not enlisted, so it neither
            // joined the transaction nor held the chain's lock; a load test produced duplicate ids.)
            store.append(entries);
        } else {
            store.appendIndependently(entries);
        }
    }

    private AuditRecord entry(String action, String targetType, Object targetId, Outcome outcome, String detail) {
        RequestContext.Info info = RequestContext.current();
        return new AuditRecord(clock.instant().truncatedTo(ChronoUnit.MILLIS), info.actor(), action, targetType,
                targetId == null ? null : targetId.toString(), outcome, info.clientAddress(), info.requestId(), detail);
    }
}
