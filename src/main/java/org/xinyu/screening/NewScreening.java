package org.xinyu.screening;

import org.xinyu.platform.problem.Required;

import java.time.LocalDate;
import java.util.List;

/**
 * A screening result, as POST /students/{id}/screenings sends it. {@code instrument} is an instrument's code as
 * {@link StandardInstruments#find} reads it ("PHQ9", also "phq-9" as the form writes it) — text, not an enum, because
 * instruments are an open set (an administrator may define more). The answers are checked by the instrument when it
 * scores them (their count and range are the instrument's), the day by the use case (not in the future, not before
 * the student's birth).
 */
public record NewScreening(@Required String instrument, @Required LocalDate administeredOn, List<Integer> answers) {
}
