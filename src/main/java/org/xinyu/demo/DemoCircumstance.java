package org.xinyu.demo;

import java.time.LocalDate;
import java.util.Objects;

import org.xinyu.student.Circumstance;

/** A family circumstance of a demo student and the date it was recorded. */
public record DemoCircumstance(Circumstance circumstance, LocalDate recordedOn) {
    public DemoCircumstance {
        Objects.requireNonNull(circumstance, "circumstance");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }
}
