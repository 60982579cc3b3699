package org.xinyu.casework;

import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.MaxLength;

/** What the person completing a follow-up writes about it (optional; sealed, it may hold clinical detail). */
public record FollowUpCompletion(@MaxLength(2000) @CleanText(multiLine = true) String note) {

    public static final FollowUpCompletion WITHOUT_NOTE = new FollowUpCompletion(null);
}
