package org.xinyu.security;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.security.SchoolLookup.ClassRef;
import org.xinyu.security.SchoolLookup.SchoolRef;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A junior school 1 (grades 7-9) with classes 71 and 72; a school 2 with class 201; class 999 does not exist. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountScopeRulesTest {

    static final SchoolRef JUNIOR = new SchoolRef(1, "WN-J", "初中", 7, 9);
    static final Map<Long, ClassRef> CLASSES = List.of(new ClassRef(71, 1, 7, 1), new ClassRef(72, 1, 7, 2), new ClassRef(201, 2, 7, 1))
            .stream().collect(Collectors.toMap(ClassRef::id, Function.identity()));

    private static Set<Role> roles(Role... roles) {
        return EnumSet.copyOf(Arrays.asList(roles));
    }

    /** The problems for an account of school 1 (or none, or a missing school 5) with these grades and classes. */
    private static List<FieldError> check(Set<Role> roles, Long schoolId, Set<Integer> grades, Set<Long> classIds) {
        SchoolRef school = schoolId != null && schoolId == 1 ? JUNIOR : null;
        Map<Long, ClassRef> found = CLASSES.entrySet().stream().filter(e -> classIds.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return AccountScopeRules.problems(roles, schoolId, school, grades, classIds, found);
    }

    /** The error as the rules report it: field, stable code, English message and the code's arguments. */
    private static FieldError coded(String field, String code, String message, Object... args) {
        return FieldError.of(field, code, message, args);
    }

    private static List<String> fields(List<FieldError> problems) {
        return problems.stream().map(FieldError::field).toList();
    }

    @Test
    void each_role_with_the_scope_it_takes_is_fine() {
        assertEquals(List.of(), check(roles(Role.SYSTEM_ADMIN), null, Set.of(), Set.of()));
        assertEquals(List.of(), check(roles(Role.RULE_ADMIN), null, Set.of(), Set.of()));
        assertEquals(List.of(), check(roles(Role.AUDITOR), null, Set.of(), Set.of()));
        assertEquals(List.of(), check(roles(Role.SYSTEM_ADMIN, Role.RULE_ADMIN), null, Set.of(), Set.of()));
        assertEquals(List.of(), check(roles(Role.COUNSELOR), 1L, Set.of(), Set.of()));
        assertEquals(List.of(), check(roles(Role.SCHOOL_LEADER), 1L, Set.of(), Set.of()));
        assertEquals(List.of(), check(roles(Role.GRADE_LEADER), 1L, Set.of(7, 9), Set.of()));
        assertEquals(List.of(), check(roles(Role.HEAD_TEACHER), 1L, Set.of(), Set.of()), "classes come later, with the class");
        assertEquals(List.of(), check(roles(Role.HEAD_TEACHER), 1L, Set.of(), Set.of(71L, 72L)));
        assertEquals(List.of(), check(roles(Role.HEAD_TEACHER, Role.GRADE_LEADER), 1L, Set.of(8), Set.of(71L)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSTEM_ADMIN", "RULE_ADMIN", "AUDITOR"})
    void an_organisation_wide_role_takes_no_school_grades_or_classes(Role role) {
        List<FieldError> problems = check(roles(role), 1L, Set.of(7), Set.of(71L));
        assertEquals(List.of("schoolCode", "grades", "classIds"), fields(problems), problems.toString());
        assertTrue(problems.get(0).message().startsWith("must be empty: " + role), problems.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSTEM_ADMIN", "RULE_ADMIN", "AUDITOR"})
    void an_organisation_wide_role_is_not_combined_with_a_school_role(Role role) {
        List<FieldError> problems = check(roles(role, Role.COUNSELOR), 1L, Set.of(), Set.of());
        assertEquals(List.of("roles"), fields(problems), problems.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COUNSELOR", "SCHOOL_LEADER", "GRADE_LEADER", "HEAD_TEACHER"})
    void a_school_role_needs_a_school_that_exists(Role role) {
        Set<Integer> grades = role == Role.GRADE_LEADER ? Set.of(7) : Set.of();
        List<FieldError> none = check(roles(role), null, grades, Set.of());
        assertEquals(List.of("schoolCode"), fields(none), none.toString());
        assertEquals("is required for " + role, none.get(0).message());
        List<FieldError> missing = check(roles(role), 5L, grades, Set.of());
        assertEquals(List.of(coded("schoolCode", "account.noSuchSchool", "no such school")), missing);
    }

    @Test
    void a_grade_leader_needs_grades_taught_at_the_school() {
        assertEquals(List.of(coded("grades", "account.gradesRequired", "a GRADE_LEADER needs at least one grade")),
                check(roles(Role.GRADE_LEADER), 1L, Set.of(), Set.of()));
        assertEquals(List.of(coded("grades", "account.gradeNotTaught", "not taught at school WN-J (grades 7-9): 3, 10", "WN-J", 7, 9, "3, 10")),
                check(roles(Role.GRADE_LEADER), 1L, Set.of(3, 7, 10), Set.of()));
        Set<Integer> withNull = new HashSet<>(Arrays.asList(7, null));
        assertEquals(List.of(coded("grades", "account.nullGrade", "must not contain null")), check(roles(Role.GRADE_LEADER), 1L, withNull, Set.of()));
    }

    @Test
    void only_a_grade_leader_has_grades_and_only_a_head_teacher_has_classes() {
        assertEquals(List.of("grades"), fields(check(roles(Role.COUNSELOR), 1L, Set.of(7), Set.of())));
        assertEquals(List.of("grades"), fields(check(roles(Role.HEAD_TEACHER), 1L, Set.of(7), Set.of())));
        assertEquals(List.of("classIds"), fields(check(roles(Role.COUNSELOR), 1L, Set.of(), Set.of(71L))));
        assertEquals(List.of("classIds"), fields(check(roles(Role.GRADE_LEADER), 1L, Set.of(7), Set.of(71L))));
    }

    @Test
    void a_head_teachers_classes_exist_and_belong_to_the_school() {
        assertEquals(List.of(coded("classIds", "account.noSuchClass", "no such class: 999", "999")), check(roles(Role.HEAD_TEACHER), 1L, Set.of(), Set.of(71L, 999L)));
        assertEquals(List.of(coded("classIds", "account.classElsewhere", "not a class of school WN-J: 201", "WN-J", "201")),
                check(roles(Role.HEAD_TEACHER), 1L, Set.of(), Set.of(71L, 201L)));
        Set<Long> withNull = new HashSet<>(Arrays.asList(71L, null));
        assertEquals(List.of(coded("classIds", "account.nullClass", "must not contain null")), check(roles(Role.HEAD_TEACHER), 1L, Set.of(), withNull));
        Set<Long> tooMany = LongStream.rangeClosed(1, AccountScopeRules.MAX_CLASSES + 1).boxed().collect(Collectors.toSet());
        assertEquals(List.of(coded("classIds", "account.tooManyClasses", "at most 100 classes", 100)), check(roles(Role.HEAD_TEACHER), 1L, Set.of(), tooMany));
    }

    @Test
    void without_roles_the_scope_is_not_judged() {
        assertEquals(List.of(), AccountScopeRules.problems(Set.of(), 1L, JUNIOR, Set.of(7), Set.of(71L), CLASSES));
        assertEquals(List.of(), AccountScopeRules.problems(null, 1L, JUNIOR, Set.of(7), Set.of(71L), CLASSES));
    }
}
