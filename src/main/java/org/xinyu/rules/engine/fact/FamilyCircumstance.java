package org.xinyu.rules.engine.fact;

import java.time.LocalDate;
import java.util.Objects;
import org.xinyu.student.Circumstance;

/** A family circumstance that is present now, with the date it was recorded. */
public record FamilyCircumstance(Circumstance type, LocalDate recordedOn) {
    public FamilyCircumstance {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }
}
