package org.xinyu.rules.engine.fact;

import java.time.Instant;
import java.util.Objects;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.OwnerRole;

/**
 * A follow-up the case must have. The application creates it unless one of the same type (and, for
 * {@code REFERRAL_FEEDBACK}, the same referral) is open; if one is open and {@code tightenIfOpen} is
 * set, it moves that one's due time to {@code dueAt} when {@code dueAt} is earlier.
 */
public record RequiredFollowUp(FollowUpType type, OwnerRole ownerRole, Instant dueAt, Long referralId,
                               boolean tightenIfOpen, String rule) {
    public RequiredFollowUp {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ownerRole, "ownerRole");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(rule, "rule");
    }

    public static RequiredFollowUp of(FollowUpCandidate c) {
        return new RequiredFollowUp(c.type(), c.ownerRole(), c.dueAt(), c.referralId(), c.tightenIfOpen(), c.rule());
    }
}
