package org.xinyu.student;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.Objects;

/** One family circumstance of a student and the day it was recorded. */
@Embeddable
public class CircumstanceRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private Circumstance type;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    protected CircumstanceRecord() {
    }

    public CircumstanceRecord(Circumstance type, LocalDate recordedOn) {
        this.type = Objects.requireNonNull(type);
        this.recordedOn = Objects.requireNonNull(recordedOn);
    }

    public Circumstance type() {
        return type;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CircumstanceRecord other && type == other.type;
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }
}
