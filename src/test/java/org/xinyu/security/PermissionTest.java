package org.xinyu.security;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Separation of duties, as the role sets of {@link Permission} encode it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PermissionTest {

    /** Permissions that change nothing: their names say READ. */
    private static boolean reads(Permission p) {
        return p.name().endsWith("_READ");
    }

    @Test
    void the_auditor_only_reads_apart_from_changing_their_own_password() {
        List<Permission> writes = Arrays.stream(Permission.values())
                .filter(p -> p.grantedTo(Role.AUDITOR))
                .filter(p -> !reads(p) && p != Permission.OWN_PASSWORD_CHANGE)
                .toList();
        assertEquals(List.of(), writes);
        assertTrue(Permission.AUDIT_READ.grantedTo(Role.AUDITOR));
    }

    @Test
    void only_the_auditor_reads_the_audit_trail() {
        assertEquals(Set.of(Role.AUDITOR), Permission.AUDIT_READ.roles());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSTEM_ADMIN", "RULE_ADMIN"})
    void administrators_read_no_case_content(Role role) {
        assertFalse(Permission.CASE_READ.grantedTo(role));
        assertFalse(Permission.CASE_CONFIDENTIAL_READ.grantedTo(role));
    }

    @Test
    void confidential_notes_are_for_counsellors_alone() {
        assertEquals(Set.of(Role.COUNSELOR), Permission.CASE_CONFIDENTIAL_READ.roles());
    }

    @Test
    void no_role_but_the_system_administrator_manages_accounts_and_moves_the_clock() {
        assertEquals(Set.of(Role.SYSTEM_ADMIN), Permission.ACCOUNT_MANAGE.roles());
        assertEquals(Set.of(Role.SYSTEM_ADMIN), Permission.CLOCK_MOVE.roles());
    }

    @Test
    void only_rule_administrators_touch_rule_sets() {
        for (Permission p : List.of(Permission.RULES_READ, Permission.RULES_EDIT, Permission.RULES_PUBLISH)) {
            assertEquals(Set.of(Role.RULE_ADMIN), p.roles(), p.name());
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_may_change_its_own_password(Role role) {
        assertTrue(Permission.OWN_PASSWORD_CHANGE.grantedTo(role));
    }

    @Test
    void an_auditor_account_holds_no_administrator_permission() {
        AccountPrincipal auditor = new AccountPrincipal(1, "auditor", "Auditor", Set.of(Role.AUDITOR), null, Set.of(), Set.of());
        assertFalse(auditor.may(Permission.ACCOUNT_MANAGE));
        assertFalse(auditor.may(Permission.ORGANISATION_MANAGE));
        assertFalse(auditor.may(Permission.RULES_PUBLISH));
        assertTrue(auditor.may(Permission.AUDIT_READ));
    }
}
