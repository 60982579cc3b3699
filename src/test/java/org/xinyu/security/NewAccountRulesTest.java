package org.xinyu.security;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.Violations;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The checks of a new account that need no data: its constraints and the rules beyond them, each with its code. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NewAccountRulesTest {

    final NewAccounts rules = new NewAccounts();

    private static NewAccount account(String username, String password, Set<Role> roles) {
        return new NewAccount(username, "某人", password, roles, null, null, null);
    }

    private List<String> codes(NewAccount account) {
        return rules.ruleProblems(account).stream().map(e -> e.field() + " " + e.code()).toList();
    }

    @Test
    void a_new_account_needs_a_username_and_a_name_within_their_lengths() {
        assertEquals(List.of(FieldError.required("username"), FieldError.tooLong("displayName", 100)),
                Violations.of(new NewAccount(null, "名".repeat(101), "x", Set.of(Role.AUDITOR), null, null, null)));
        assertEquals(List.of(FieldError.tooLong("username", 64)), Violations.of(account("a".repeat(65), "x", Set.of(Role.AUDITOR))));
        assertEquals(List.of(), Violations.of(account("ok-name", null, null)));
    }

    @Test
    void a_username_of_the_wrong_shape_or_a_reserved_one_is_refused() {
        assertEquals(List.of("username account.usernameFormat"), codes(account("Zhang Wei", "Weinan-Xinyu-2026", Set.of(Role.AUDITOR))));
        assertEquals(List.of("username account.usernameReserved"), codes(account("system", "Weinan-Xinyu-2026", Set.of(Role.AUDITOR))));
    }

    @Test
    void an_account_needs_a_role_and_an_auditor_cannot_also_be_an_administrator() {
        assertEquals(List.of("roles account.rolesRequired"), codes(account("someone", "Weinan-Xinyu-2026", Set.of())));
        assertEquals(List.of("roles account.auditorAdministers"),
                codes(account("someone", "Weinan-Xinyu-2026", Set.of(Role.AUDITOR, Role.SYSTEM_ADMIN))));
    }

    @Test
    void the_password_policys_rules_are_coded_errors_with_english_messages() {
        assertEquals(List.of(FieldError.required("password")), rules.ruleProblems(account("someone", null, Set.of(Role.AUDITOR))));
        assertEquals(List.of(FieldError.of("password", "password.tooShort", "must be at least 12 characters", 12),
                        FieldError.of("password", "password.classes",
                                "must use 3 of: lower-case letters, upper-case letters, digits, other characters", 3),
                        FieldError.of("password", "password.common", "is too common")),
                rules.ruleProblems(account("someone", "123456", Set.of(Role.AUDITOR))));
        assertEquals(List.of("password password.containsUsername"), codes(account("zhangwei", "Zhangwei-2026-ok", Set.of(Role.AUDITOR))));
    }
}
