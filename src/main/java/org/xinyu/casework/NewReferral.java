package org.xinyu.casework;

import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.Required;

/** A referral (转介) to an institution, with whether the parents consented. */
public record NewReferral(@Required @MaxLength(200) @CleanText String institution,
                          @Required @MaxLength(1000) @CleanText(multiLine = true) String reason,
                          @Required Boolean parentConsent) {
}
