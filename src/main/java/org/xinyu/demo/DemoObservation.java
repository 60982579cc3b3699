package org.xinyu.demo;

import java.time.LocalDate;

/**
 * A demo teacher observation.
 *
 * @param category an {@link org.xinyu.observation.ObservationCategory} name
 * @param severity 1..3
 * @param note     a short Chinese note
 */
public record DemoObservation(String schoolCode, String studentNo, String category, int severity,
                             LocalDate observedOn, String note) {
}
