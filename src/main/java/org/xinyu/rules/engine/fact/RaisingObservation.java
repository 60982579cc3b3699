package org.xinyu.rules.engine.fact;

import java.time.LocalDate;
import org.xinyu.observation.ObservationCategory;

/** Derived: an observation that may raise the priority, with its age in days (0 = observed today). */
public record RaisingObservation(long observationId, ObservationCategory category, boolean redFlag, int severity,
                                 LocalDate observedOn, int ageDays) {

    public static RaisingObservation of(Observation o, int ageDays) {
        return new RaisingObservation(o.id(), o.category(), o.category().isRedFlag(), o.severity(), o.observedOn(), ageDays);
    }
}
