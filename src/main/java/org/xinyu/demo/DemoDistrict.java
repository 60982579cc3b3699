package org.xinyu.demo;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A generated demo district: everything the app needs to fill an empty database in demo mode.
 * All lists are immutable and in a stable order (schools as listed; classes, staff and students by
 * school, grade, class; facts by student). The first school is the one the fixed demo accounts
 * ({@code counsellor}, {@code leader}, {@code gradelead}, {@code teacher}) belong to.
 */
public record DemoDistrict(List<DemoSchool> schools, List<DemoClass> classes, List<DemoStudent> students,
                           List<DemoStaff> staff, List<DemoScreening> screenings,
                           List<DemoObservation> observations) {

    public DemoDistrict {
        schools = List.copyOf(schools);
        classes = List.copyOf(classes);
        students = List.copyOf(students);
        staff = List.copyOf(staff);
        screenings = List.copyOf(screenings);
        observations = List.copyOf(observations);
    }

    /** The school the fixed demo accounts belong to. */
    public DemoSchool firstSchool() {
        return schools.get(0);
    }

    public Optional<DemoSchool> school(String code) {
        return schools.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public List<DemoClass> classesOf(String schoolCode) {
        return classes.stream().filter(c -> c.schoolCode().equals(schoolCode))
                .collect(Collectors.toUnmodifiableList());
    }

    public List<DemoStudent> studentsOf(String schoolCode) {
        return students.stream().filter(s -> s.schoolCode().equals(schoolCode))
                .collect(Collectors.toUnmodifiableList());
    }

    public Optional<DemoStudent> student(String schoolCode, String studentNo) {
        return students.stream()
                .filter(s -> s.schoolCode().equals(schoolCode) && s.studentNo().equals(studentNo)).findFirst();
    }

    /** A one-line description for logs: counts of each kind of record. */
    public String summary() {
        return schools.size() + " schools, " + classes.size() + " classes, " + students.size() + " students, "
                + staff.size() + " staff, " + screenings.size() + " screenings, " + observations.size()
                + " observations";
    }
}
