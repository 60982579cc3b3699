package org.xinyu.rules;

import java.time.Instant;

/** One rule set as the list shows it (without its files): {@code version} is null for a draft. */
public record RuleSetSummary(long id, Integer version, RuleSetStatus status, Integer basedOn, String reason,
                             String createdBy, Instant createdAt, String approvedBy, Instant approvedAt,
                             String publishedBy, Instant publishedAt) {

    public boolean active() {
        return status == RuleSetStatus.ACTIVE;
    }

    static RuleSetSummary of(RuleSetRecord r) {
        return new RuleSetSummary(r.id(), r.version(), r.status(), r.basedOn(), r.reason(), r.createdBy(), r.createdAt(),
                r.approvedBy(), r.approvedAt(), r.publishedBy(), r.publishedAt());
    }
}
