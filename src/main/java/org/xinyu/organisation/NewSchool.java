package org.xinyu.organisation;

import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.Required;

/** A new school (POST /schools). The code's format and that it is free are the use case's checks. */
public record NewSchool(@Required @MaxLength(32) @CleanText String code,
                        @Required @MaxLength(200) @CleanText String name,
                        @Required @MaxLength(100) @CleanText String district,
                        @Required SchoolStage stage) {
}
