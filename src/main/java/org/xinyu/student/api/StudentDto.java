package org.xinyu.student.api;

import org.xinyu.student.Student;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

public record StudentDto(long id, String studentNo, String name, String gender, LocalDate birthDate, long schoolId,
                         long classId, int grade, int classNo, boolean graduatingYear,
                         List<String> circumstances, List<CircumstanceDto> circumstanceRecords, int version) {

    public record CircumstanceDto(String type, LocalDate recordedOn) {
    }

    public static StudentDto of(Student s, Set<Integer> graduatingGrades) {
        return new StudentDto(s.id(), s.studentNo(), s.name(), s.gender().name(), s.birthDate(), s.schoolId(),
                s.classId(), s.grade(), s.schoolClass().classNo(), s.isGraduatingYear(graduatingGrades),
                s.circumstanceTypes().stream().map(Enum::name).toList(),
                s.circumstances().stream().sorted(Comparator.comparing(c -> c.type().ordinal()))
                        .map(c -> new CircumstanceDto(c.type().name(), c.recordedOn())).toList(),
                s.version());
    }
}
