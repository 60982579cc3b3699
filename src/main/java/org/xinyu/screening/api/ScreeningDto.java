package org.xinyu.screening.api;

import org.xinyu.screening.ScreeningRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ScreeningDto(long id, long studentId, String instrument, LocalDate administeredOn, List<Integer> answers,
                           int totalScore, String band, String label, boolean critical, Integer item9, boolean valid,
                           Instant recordedAt) {
    public static ScreeningDto of(ScreeningRecord r) {
        return new ScreeningDto(r.id(), r.studentId(), r.instrument(), r.administeredOn(), r.answers(), r.totalScore(),
                r.band().name(), r.label(), r.critical(), r.item9(), r.valid(), r.recordedAt());
    }
}
