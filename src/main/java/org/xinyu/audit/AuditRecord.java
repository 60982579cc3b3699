package org.xinyu.audit;

import java.time.Instant;

/**
 * One audit entry's content: never a password, a note or a student's name, only identities.
 * {@code canonical()} is what the hash chain covers, so it must never change shape.
 */
public record AuditRecord(Instant at, String actor, String action, String targetType, String targetId,
                          Outcome outcome, String clientAddress, String requestId, String detail) {

    public enum Outcome { SUCCESS, DENIED, FAILURE }

    public String canonical(long id) {
        return String.join("|", Long.toString(id), Long.toString(at.toEpochMilli()), actor, action,
                nz(targetType), nz(targetId), outcome.name(), nz(clientAddress), nz(requestId), nz(detail));
    }

    private static String nz(String s) {
        return s == null ? "" : s.replace("|", "/");
    }
}
