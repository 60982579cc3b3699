package org.xinyu.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.Violations;
import org.xinyu.security.Role;
import org.xinyu.security.UserAccount;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationCommandsTest {

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of(new NewSchool(null, "渭南初级中学", "临渭区", SchoolStage.JUNIOR), "code", "required"),
                Arguments.of(new NewSchool("W".repeat(33), "渭南初级中学", "临渭区", SchoolStage.JUNIOR), "code", "tooLong"),
                Arguments.of(new NewSchool("W", "渭南初级中学", "临渭区", SchoolStage.JUNIOR), "code", "school.codeFormat"),
                Arguments.of(new NewSchool("WN J", "渭南初级中学", "临渭区", SchoolStage.JUNIOR), "code", "school.codeFormat"),
                Arguments.of(new NewSchool("WN-J", " ", "临渭区", SchoolStage.JUNIOR), "name", "required"),
                Arguments.of(new NewSchool("WN-J", "校".repeat(201), "临渭区", SchoolStage.JUNIOR), "name", "tooLong"),
                Arguments.of(new NewSchool("WN-J", "渭南初级中学", null, SchoolStage.JUNIOR), "district", "required"),
                Arguments.of(new NewSchool("WN-J", "渭南初级中学", "区".repeat(101), SchoolStage.JUNIOR), "district", "tooLong"),
                Arguments.of(new NewSchool("WN-J", "渭南初级中学", "临渭区", null), "stage", "required"),
                Arguments.of(new NewClass(null, 1, null), "grade", "required"),
                Arguments.of(new NewClass(0, 1, null), "grade", "range"),
                Arguments.of(new NewClass(13, 1, null), "grade", "range"),
                Arguments.of(new NewClass(7, null, null), "classNo", "required"),
                Arguments.of(new NewClass(7, 100, null), "classNo", "range"),
                Arguments.of(new NewClass(7, 1, "ht\u0000"), "headTeacher", "text.control"));
    }

    @Test
    void valid_commands_have_no_errors_and_a_class_needs_no_head_teacher() {
        assertTrue(Violations.of(new NewSchool("WN-J", "渭南初级中学", "临渭区", SchoolStage.JUNIOR)).isEmpty());
        assertTrue(Violations.of(new NewClass(7, 1, null)).isEmpty());
        assertTrue(Violations.of(new NewClass(12, 99, "teacher")).isEmpty());
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("bad")
    void a_bad_field_is_named_with_its_code(Record command, String field, String code) {
        List<FieldError> errors = Violations.of(command);
        assertEquals(List.of(field), errors.stream().map(FieldError::field).toList());
        assertEquals(code, errors.get(0).code());
    }

    @Test
    void each_reason_an_account_may_not_lead_a_class_has_its_own_code_on_the_head_teacher_field() {
        UserAccount counsellor = new UserAccount("c", "心理老师", "$argon2id$fake", Set.of(Role.COUNSELOR), 1L, Set.of(), Set.of(),
                Instant.EPOCH);
        UserAccount elsewhere = new UserAccount("h", "班主任", "$argon2id$fake", Set.of(Role.HEAD_TEACHER), 2L, Set.of(), Set.of(),
                Instant.EPOCH);
        assertEquals(Optional.of(FieldError.of("headTeacher", "class.headTeacher.unknown", "no such account")),
                HeadTeacherProblem.of(null, 1).map(HeadTeacherProblem::error));
        assertEquals(Optional.of("class.headTeacher.role"), HeadTeacherProblem.of(counsellor, 1).map(p -> p.error().code()));
        assertEquals(Optional.of("class.headTeacher.otherSchool"), HeadTeacherProblem.of(elsewhere, 1).map(p -> p.error().code()));
        elsewhere.disable();
        assertEquals(Optional.of("class.headTeacher.disabled"), HeadTeacherProblem.of(elsewhere, 2).map(p -> p.error().code()));
    }
}
