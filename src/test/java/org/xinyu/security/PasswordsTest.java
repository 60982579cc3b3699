package org.xinyu.security;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changing one's own password through the use case, without a server: one account in memory, sign-in faked. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PasswordsTest {

    static final String CURRENT = "Weinan-Xinyu-2026";
    static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    final UserAccount account = new UserAccount("counsellor", "李心怡", "stored-hash", Set.of(Role.COUNSELOR), 1L, Set.of(), Set.of(), NOW);
    final AccountPrincipal caller = new AccountPrincipal(42, "counsellor", "李心怡", Set.of(Role.COUNSELOR), 1L, Set.of(), Set.of());
    final List<String> audited = new ArrayList<>();
    final Passwords passwords = new Passwords();
    final UseCaseHarness useCases;

    PasswordsTest() throws ReflectiveOperationException {
        java.lang.reflect.Field id = UserAccount.class.getDeclaredField("id"); // the database gives ids
        id.setAccessible(true);
        id.set(account, 42L);
        passwords.accounts = new AccountStore() {
            @Override
            public Optional<UserAccount> byId(long id) {
                return id == 42 ? Optional.of(account) : Optional.empty();
            }
        };
        passwords.hashing = new PasswordHashing();
        passwords.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        passwords.authenticator = new Authenticator() {
            @Override
            public Optional<AccountPrincipal> authenticate(String username, char[] password) {
                return CURRENT.equals(new String(password)) ? Optional.of(caller) : Optional.empty();
            }
        };
        Access access = new Access() {
            @Override
            public AccountPrincipal caller() {
                return caller;
            }

            @Override
            public AccountPrincipal require(Permission permission) {
                return caller;
            }
        };
        AuditTrail audit = UseCaseHarness.recordingInto(audited);
        passwords.access = access;
        passwords.audit = audit;
        useCases = new UseCaseHarness(access, audit);
    }

    private void change(String current, String fresh) {
        useCases.call(passwords, "changeOwnPassword", new PasswordChange(current, fresh));
    }

    @Test
    void the_holder_changes_the_password_and_the_change_is_audited() {
        change(CURRENT, "Another-Xinyu-2027");
        assertNotEquals("stored-hash", account.passwordHash());
        assertTrue(passwords.hashing.matches("counsellor", "Another-Xinyu-2027".toCharArray(), account.passwordHash(), Clock.systemUTC()));
        assertEquals(List.of("PASSWORD_CHANGE ACCOUNT:42 by the account holder"), audited);
    }

    @Test
    void a_wrong_current_password_is_refused_with_its_code_and_audited_as_a_failure() {
        ProblemException refused = assertThrows(ProblemException.class, () -> change("Wrong-Guess-2026", "Another-Xinyu-2027"));
        assertEquals(List.of(FieldError.of("currentPassword", "password.wrongCurrent", "is not correct")), refused.errors());
        assertEquals(List.of("failed PASSWORD_CHANGE ACCOUNT:42 current password wrong"), audited);
        assertEquals("stored-hash", account.passwordHash());
    }

    @Test
    void every_problem_of_the_request_is_named_at_once_with_its_code() {
        ProblemException refused = assertThrows(ProblemException.class, () -> change("", "short"));
        assertEquals(List.of("currentPassword required", "newPassword password.tooShort", "newPassword password.classes"),
                refused.errors().stream().map(e -> e.field() + " " + e.code()).toList());
        assertEquals(List.of("newPassword password.unchanged"), assertThrows(ProblemException.class,
                () -> change(CURRENT, CURRENT)).errors().stream().map(e -> e.field() + " " + e.code()).toList());
        assertTrue(audited.isEmpty());
    }

    @Test
    void a_missing_body_is_required() {
        ProblemException refused = assertThrows(ProblemException.class, () -> useCases.call(passwords, "changeOwnPassword", (Object) null));
        assertEquals(List.of(FieldError.required("body")), refused.errors());
    }
}
