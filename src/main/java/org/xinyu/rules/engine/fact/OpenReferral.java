package org.xinyu.rules.engine.fact;

import java.time.Instant;
import java.util.Objects;

/** A referral (转介) that is still open, with the time of its last tracking feedback (null if none yet). */
public record OpenReferral(long id, Instant openedAt, Instant lastFeedbackAt) {
    public OpenReferral {
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
