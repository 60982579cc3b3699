package org.xinyu.casework;

import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.Required;

/**
 * A new status and/or feedback for a referral, as of the {@code version} the caller read. Feedback is clinical
 * text and is sealed.
 */
public record ReferralUpdate(ReferralStatus status, @MaxLength(4000) @CleanText(multiLine = true) String feedback,
                             @Required Integer version) {

    /** Whether the update asks for anything: a status, or feedback that is not blank. */
    public boolean changesSomething() {
        return status != null || (feedback != null && !feedback.isBlank());
    }
}
