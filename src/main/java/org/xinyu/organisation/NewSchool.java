package org.xinyu.organisation;

import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.Format;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.Required;

/** A new school (POST /schools). That its code is free is the use case's check. */
public record NewSchool(@Required @MaxLength(32) @CleanText
                        @Format(regexp = "[A-Za-z0-9-]{2,32}", code = "school.codeFormat", message = "use 2-32 letters, digits or '-'")
                        String code,
                        @Required @MaxLength(200) @CleanText String name,
                        @Required @MaxLength(100) @CleanText String district,
                        @Required SchoolStage stage) {
}
