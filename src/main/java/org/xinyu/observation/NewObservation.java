package org.xinyu.observation;

import org.xinyu.platform.problem.Between;
import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.Required;

import java.time.LocalDate;

/**
 * A head teacher's observation, as POST /students/{id}/observations sends it. No {@code observedOn}: today. That the
 * day is not in the future nor before the student's birth date is the use case's check (it needs the clock and the
 * student).
 */
public record NewObservation(@Required ObservationCategory category,
                             @Required @Between(min = 1, max = 3) Integer severity,
                             LocalDate observedOn,
                             @MaxLength(2000) @CleanText(multiLine = true) String note) {
}
