package org.xinyu.organisation.api;

import org.xinyu.organisation.School;

public record SchoolDto(long id, String code, String name, String district, String stage, int version) {
    public static SchoolDto of(School s) {
        return new SchoolDto(s.id(), s.code(), s.name(), s.district(), s.stage().name(), s.version());
    }
}
