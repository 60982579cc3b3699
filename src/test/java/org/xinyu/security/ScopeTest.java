package org.xinyu.security;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caller: school 1, grade 7 (grade leader), class 71 (head teacher). Students: school, grade, class. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScopeTest {

    private static AccountPrincipal caller(String roles, Long schoolId) {
        Set<Role> set = Arrays.stream(roles.split("\\+")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new AccountPrincipal(1, "someone", "Someone", set, schoolId, Set.of(7), Set.of(71L));
    }

    @ParameterizedTest(name = "{0} of school {1} sees student (school {2}, grade {3}, class {4}): {5}")
    @CsvSource(nullValues = "NULL", value = {
            "SYSTEM_ADMIN,              NULL, 2, 9, 99, true",
            "AUDITOR,                   NULL, 2, 9, 99, true",
            "COUNSELOR,                 1,    1, 9, 99, true",
            "COUNSELOR,                 1,    2, 7, 71, false",
            "SCHOOL_LEADER,             1,    1, 1, 11, true",
            "SCHOOL_LEADER,             1,    2, 1, 11, false",
            "GRADE_LEADER,              1,    1, 7, 72, true",
            "GRADE_LEADER,              1,    1, 8, 81, false",
            "GRADE_LEADER,              1,    2, 7, 71, false",
            "HEAD_TEACHER,              1,    1, 7, 71, true",
            "HEAD_TEACHER,              1,    1, 7, 72, false",
            "HEAD_TEACHER,              1,    2, 7, 71, false",
            "HEAD_TEACHER+GRADE_LEADER, 1,    1, 7, 73, true",
            "HEAD_TEACHER+GRADE_LEADER, 1,    1, 8, 71, true",
            "HEAD_TEACHER+GRADE_LEADER, 1,    1, 8, 82, false",
            "RULE_ADMIN,                NULL, 1, 7, 71, false",
            "RULE_ADMIN,                1,    1, 7, 71, false",
            "COUNSELOR,                 NULL, 1, 7, 71, false",
    })
    void a_role_sees_exactly_the_students_of_its_scope(String roles, Long school, long studentSchool, int grade,
                                                       long classId, boolean covered) {
        assertEquals(covered, Scope.of(caller(roles, school)).covers(studentSchool, grade, classId));
    }

    @Test
    void a_rule_administrator_has_an_empty_scope_and_a_counsellor_does_not() {
        assertTrue(Scope.of(caller("RULE_ADMIN", null)).isEmpty());
        assertFalse(Scope.of(caller("COUNSELOR", 1L)).isEmpty());
        assertFalse(Scope.of(caller("AUDITOR", null)).isEmpty());
    }

    @Test
    void only_organisation_wide_roles_cover_another_school() {
        assertTrue(Scope.of(caller("SYSTEM_ADMIN", null)).coversSchool(5));
        assertTrue(Scope.of(caller("COUNSELOR", 1L)).coversSchool(1));
        assertFalse(Scope.of(caller("COUNSELOR", 1L)).coversSchool(5));
    }
}
