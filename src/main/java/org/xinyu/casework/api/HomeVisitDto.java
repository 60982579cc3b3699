package org.xinyu.casework.api;

import org.xinyu.casework.HomeVisitRecord;

import java.time.LocalDate;

public record HomeVisitDto(long id, long studentId, LocalDate visitedOn, String mode, boolean contactedAbsentParent, String recordedBy) {
    public static HomeVisitDto of(HomeVisitRecord v) {
        return new HomeVisitDto(v.id(), v.studentId(), v.visitedOn(), v.mode().name(), v.contactedAbsentParent(), v.recordedBy());
    }
}
