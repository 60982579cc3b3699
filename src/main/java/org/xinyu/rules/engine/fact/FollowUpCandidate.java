package org.xinyu.rules.engine.fact;

import java.time.Instant;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.OwnerRole;

/** Result of one follow-up rule; of several candidates of one type (and referral) the earliest due wins. */
public record FollowUpCandidate(FollowUpType type, OwnerRole ownerRole, Instant dueAt, Long referralId,
                                boolean tightenIfOpen, String rule) {
}
