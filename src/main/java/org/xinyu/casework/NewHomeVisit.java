package org.xinyu.casework;

import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.Required;

import java.time.LocalDate;

/**
 * A home visit (家访) to log: {@code visitedOn} is today when not given; that it is not in the future nor before
 * the student's birth date needs the clock and the student, so the use case checks it.
 */
public record NewHomeVisit(LocalDate visitedOn, @Required HomeVisitMode mode, Boolean contactedAbsentParent,
                           @MaxLength(2000) @CleanText(multiLine = true) String note) {
}
