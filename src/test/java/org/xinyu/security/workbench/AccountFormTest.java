package org.xinyu.security.workbench;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinyu.security.Role;
import org.xinyu.security.workbench.AccountForm.Input;
import org.xinyu.security.workbench.AccountForm.ScopeKind;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountFormTest {

    private static final String PASSWORD = "Tiger-Lily-2026!";

    @ParameterizedTest
    @CsvSource({"COUNSELOR, SCHOOL", "SCHOOL_LEADER, SCHOOL", "GRADE_LEADER, GRADES", "HEAD_TEACHER, HEAD_TEACHER",
            "SYSTEM_ADMIN, NONE", "RULE_ADMIN, NONE", "AUDITOR, NONE"})
    void each_role_gets_the_scope_pickers_its_scope_needs(Role role, ScopeKind expected) {
        assertEquals(expected, AccountForm.scopeOf(role));
    }

    @Test
    void a_complete_form_has_no_problems() {
        assertEquals(Map.of(), AccountForm.check(new Input("zhao.min", "赵敏", Role.HEAD_TEACHER, 1L, Set.of(), PASSWORD, PASSWORD)));
        assertEquals(Map.of(), AccountForm.check(new Input("rules3", "规则管理员三", Role.RULE_ADMIN, null, Set.of(), PASSWORD, PASSWORD)));
        assertEquals(Map.of(), AccountForm.check(new Input("gl", "年级组长", Role.GRADE_LEADER, 1L, Set.of(8), PASSWORD, PASSWORD)));
    }

    @Test
    void every_missing_field_is_named_at_once() {
        Map<String, String> problems = AccountForm.check(new Input(" ", "", null, null, Set.of(), "", ""));
        assertEquals(Map.of("username", "validation.required", "displayName", "validation.required", "role", "validation.required",
                "password", "validation.required"), problems);
    }

    @Test
    void school_roles_need_a_school_and_a_grade_leader_grades() {
        assertEquals(Map.of("school", "accounts.error.schoolRequired"),
                AccountForm.check(new Input("c1", "心理教师", Role.COUNSELOR, null, Set.of(), PASSWORD, PASSWORD)));
        assertEquals(Map.of("grades", "accounts.error.gradesRequired"),
                AccountForm.check(new Input("g1", "年级组长", Role.GRADE_LEADER, 1L, Set.of(), PASSWORD, PASSWORD)));
    }

    @Test
    void the_password_must_be_typed_twice_alike() {
        assertEquals(Map.of("repeat", "accounts.error.passwordMismatch"),
                AccountForm.check(new Input("c1", "心理教师", Role.COUNSELOR, 1L, Set.of(), PASSWORD, PASSWORD + "x")));
    }
}
