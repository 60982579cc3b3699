package org.xinyu.audit;

import java.time.Instant;

/** One stored audit entry as read back: the record, its place in the chain and both hashes. */
public record AuditEntry(long id, Instant at, String actor, String action, String targetType, String targetId,
                         String outcome, String clientAddress, String requestId, String detail,
                         String prevHash, String hash) {
}
