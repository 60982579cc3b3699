package org.xinyu.organisation.api;

import org.xinyu.organisation.SchoolClass;

public record ClassDto(long id, String schoolCode, int grade, int classNo, Long headTeacherId, int version) {
    public static ClassDto of(SchoolClass c) {
        return new ClassDto(c.id(), c.school().code(), c.grade(), c.classNo(), c.headTeacherId(), c.version());
    }
}
