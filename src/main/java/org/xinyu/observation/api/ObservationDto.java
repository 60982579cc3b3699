package org.xinyu.observation.api;

import org.xinyu.observation.Observation;

import java.time.Instant;
import java.time.LocalDate;

public record ObservationDto(long id, long studentId, String category, int severity, LocalDate observedOn, String note,
                             Instant recordedAt, String recordedBy) {
    public static ObservationDto of(Observation o) {
        return new ObservationDto(o.id(), o.studentId(), o.category().name(), o.severity(), o.observedOn(), o.note(),
                o.recordedAt(), o.recordedBy());
    }
}
