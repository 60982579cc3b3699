package org.xinyu.casework;

import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.Required;

/** A counsellor's risk assessment of a case: the conclusion becomes the case's floor; the note is sealed. */
public record NewAssessment(@Required Priority conclusion, @MaxLength(4000) @CleanText(multiLine = true) String note) {
}
