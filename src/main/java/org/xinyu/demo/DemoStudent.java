package org.xinyu.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.xinyu.student.Circumstance;

/**
 * A demo student, identified by {@code schoolCode} + {@code studentNo}.
 *
 * @param studentNo     unique within the school: year of entering the school (4 digits) + class
 *                      (2 digits) + seat (2 digits), e.g. {@code 20240315}
 * @param name          Chinese full name
 * @param gender        {@code F} or {@code M}
 * @param circumstances family circumstances, at most one of each, in {@link Circumstance} order
 */
public record DemoStudent(String schoolCode, String studentNo, String name, String gender, LocalDate birthDate,
                          int grade, int classNo, List<DemoCircumstance> circumstances) {

    public DemoStudent {
        circumstances = List.copyOf(circumstances);
    }

    public boolean has(Circumstance circumstance) {
        return circumstances.stream().anyMatch(c -> c.circumstance() == circumstance);
    }

    /** The circumstances' enum names, as the API's {@code circumstances} array takes them. */
    public List<String> circumstanceNames() {
        return circumstances.stream().map(c -> c.circumstance().name()).collect(Collectors.toUnmodifiableList());
    }

    /** {@code schoolCode + "/" + studentNo}: unique in the district. */
    public String key() {
        return schoolCode + "/" + studentNo;
    }
}
