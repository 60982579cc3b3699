package org.xinyu.student;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyu.organisation.ExistingSchool;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.Violations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The students' commands: each bad field is named with its code, one error per field. */
class StudentCommandsTest {

    static final NewStudent VALID = new NewStudent("2026-0001", "李心怡", Gender.F, LocalDate.of(2012, 5, 31), "WN-J",
            8, 3, List.of(Circumstance.POOR));

    @BeforeAll
    static void onlyOneSchoolExists() {
        ExistingSchool.Check.lookUpWith("WN-J"::equals);
    }

    @AfterAll
    static void theApplicationsSchoolsAgain() {
        ExistingSchool.Check.lookUpWith(null);
    }

    static NewStudent with(UnaryOperator<Object[]> change) {
        Object[] c = {VALID.studentNo(), VALID.name(), VALID.gender(), VALID.birthDate(), VALID.schoolCode(), VALID.grade(),
                VALID.classNo(), VALID.circumstances()};
        c = change.apply(c);
        @SuppressWarnings("unchecked")
        List<Circumstance> circumstances = (List<Circumstance>) c[7];
        return new NewStudent((String) c[0], (String) c[1], (Gender) c[2], (LocalDate) c[3], (String) c[4], (Integer) c[5],
                (Integer) c[6], circumstances);
    }

    static UnaryOperator<Object[]> set(int component, Object value) {
        return c -> {
            c[component] = value;
            return c;
        };
    }

    static Stream<Arguments> badNewStudents() {
        return Stream.of(
                Arguments.of("studentNo", set(0, null), "required"),
                Arguments.of("studentNo", set(0, "  "), "required"),
                Arguments.of("studentNo", set(0, "1".repeat(33)), "tooLong"),
                Arguments.of("studentNo", set(0, "2026 0001"), "student.numberFormat"),
                Arguments.of("studentNo", set(0, "二〇二六"), "student.numberFormat"),
                Arguments.of("name", set(1, ""), "required"),
                Arguments.of("name", set(1, "名".repeat(101)), "tooLong"),
                Arguments.of("name", set(1, "李\u0007"), "text.control"),
                Arguments.of("gender", set(2, null), "required"),
                Arguments.of("birthDate", set(3, null), "required"),
                Arguments.of("schoolCode", set(4, null), "required"),
                Arguments.of("schoolCode", set(4, "NO-SUCH-SCHOOL"), "school.unknown"),
                Arguments.of("grade", set(5, null), "required"),
                Arguments.of("grade", set(5, 0), "range"),
                Arguments.of("grade", set(5, 13), "range"),
                Arguments.of("classNo", set(6, null), "required"),
                Arguments.of("classNo", set(6, 0), "range"),
                Arguments.of("classNo", set(6, 100), "range"),
                Arguments.of("circumstances[1]", set(7, Arrays.asList(Circumstance.POOR, null)), "required"));
    }

    @Test
    void a_valid_new_student_has_no_errors_and_circumstances_may_be_left_out() {
        assertTrue(Violations.of(VALID).isEmpty());
        assertTrue(Violations.of(with(set(7, null))).isEmpty());
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("badNewStudents")
    void a_bad_field_of_a_new_student_is_named_with_its_code(String field, UnaryOperator<Object[]> change, String code) {
        List<FieldError> errors = Violations.of(with(change));
        assertEquals(List.of(field), errors.stream().map(FieldError::field).toList());
        assertEquals(code, errors.get(0).code());
    }

    @Test
    void an_unknown_school_is_reported_with_the_other_fields_not_instead_of_them() {
        List<FieldError> errors = Violations.of(new NewStudent("2026-0002", null, Gender.M, LocalDate.of(2012, 1, 1),
                "NO-SUCH-SCHOOL", 13, 1, null));
        assertEquals(List.of(FieldError.required("name"), FieldError.of("schoolCode", "school.unknown", "no such school"),
                FieldError.range("grade", 1, 12)), errors);
    }

    @Test
    void a_range_error_says_its_bounds() {
        FieldError grade = Violations.of(with(set(5, 13))).get(0);
        assertEquals("must be between 1 and 12", grade.message());
        assertEquals(List.of(1L, 12L), grade.args());
    }

    @Test
    void a_circumstances_change_must_say_what_replaces_and_which_version_it_replaces() {
        assertTrue(Violations.of(new CircumstancesChange(List.of(), 0)).isEmpty(), "[] clears them all");
        assertEquals(List.of(FieldError.required("circumstances"), FieldError.required("version")),
                Violations.of(new CircumstancesChange(null, null)));
        assertEquals(List.of(FieldError.required("circumstances[0]")),
                Violations.of(new CircumstancesChange(Arrays.asList((Circumstance) null), 3)));
    }

    @Test
    void an_import_checks_every_row_like_a_new_student_and_names_the_row() {
        assertEquals(List.of(FieldError.required("rows")), Violations.of(new StudentImport(null)));
        StudentImport one = new StudentImport(List.of(new StudentImport.Row(VALID, Map.of()),
                new StudentImport.Row(with(set(1, null)), null)));
        assertEquals(List.of(FieldError.required("rows[1].student.name")), Violations.of(one));
    }
}
