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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Creating accounts through the use case, without a server: the store in memory, the caller chosen per test. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountAdministrationTest {

    static final String PASSWORD = "Xinyu-Demo-2026";
    static final AccountPrincipal ADMIN = new AccountPrincipal(7, "admin", "系统管理员", Set.of(Role.SYSTEM_ADMIN), null, Set.of(), Set.of());

    final List<UserAccount> stored = new ArrayList<>();
    final List<String> audited = new ArrayList<>();
    AccountPrincipal caller = ADMIN;
    final AccountAdministration administration = new AccountAdministration();
    final UseCaseHarness useCases;

    AccountAdministrationTest() {
        AccountStore store = new AccountStore() {
            @Override
            public Optional<UserAccount> byUsername(String username) {
                return stored.stream().filter(a -> a.username().equals(username)).findFirst();
            }

            @Override
            public void store(UserAccount account) {
                try { // the database gives ids
                    java.lang.reflect.Field id = UserAccount.class.getDeclaredField("id");
                    id.setAccessible(true);
                    id.set(account, 100L + stored.size());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                stored.add(account);
            }

            @Override
            public long count() {
                return stored.size();
            }
        };
        Access access = UseCaseHarness.gateFor(() -> caller);
        AuditTrail audit = UseCaseHarness.recordingInto(audited);
        NewAccounts newAccounts = new NewAccounts();
        newAccounts.accounts = store;
        newAccounts.clock = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);
        newAccounts.schools = new SchoolLookup() {
            @Override
            public Optional<SchoolRef> school(long id) {
                return Optional.empty();
            }

            @Override
            public Optional<Long> idOf(String code) {
                return Optional.empty();
            }

            @Override
            public List<SchoolRef> schools() {
                return List.of();
            }

            @Override
            public List<ClassRef> classesByIds(java.util.Collection<Long> ids) {
                return List.of();
            }

            @Override
            public List<ClassRef> classes(long schoolId) {
                return List.of();
            }
        };
        administration.newAccounts = newAccounts;
        administration.accounts = store;
        administration.hashing = new PasswordHashing();
        administration.access = access;
        useCases = new UseCaseHarness(access, audit);
    }

    private UserAccount create(String username, Role role) {
        return useCases.call(administration, "create", new NewAccount(username, "某人", PASSWORD, Set.of(role), null, null, null));
    }

    @Test
    void an_account_an_administrator_creates_must_change_its_password_and_both_are_audited_creation_first() {
        UserAccount account = create("it-auditor", Role.AUDITOR);
        assertTrue(account.passwordChangeRequired());
        assertEquals(List.of("ACCOUNT_CREATE ACCOUNT:100 roles=[AUDITOR]", "PASSWORD_EXPIRE ACCOUNT:100 change required at first sign-in"),
                audited);
    }

    @Test
    void the_demo_loaders_accounts_keep_the_demo_password_share_one_hash_and_are_audited_once_each() {
        caller = SystemActor.DEMO_LOADER.principal();
        UserAccount first = create("counsellor", Role.AUDITOR);
        UserAccount second = create("auditor", Role.AUDITOR);
        assertFalse(first.passwordChangeRequired());
        assertEquals(first.passwordHash(), second.passwordHash(), "one Argon2id hash for the one demo password");
        assertTrue(administration.hashing.matches("auditor", PASSWORD.toCharArray(), second.passwordHash(), Clock.systemUTC()));
        assertEquals(List.of("ACCOUNT_CREATE ACCOUNT:100 roles=[AUDITOR]", "ACCOUNT_CREATE ACCOUNT:101 roles=[AUDITOR]"), audited);
    }

    @Test
    void a_person_gets_a_hash_of_their_own_even_for_the_same_password() {
        UserAccount first = create("first-one", Role.AUDITOR);
        UserAccount second = create("second-one", Role.AUDITOR);
        assertNotEquals(first.passwordHash(), second.passwordHash());
    }

    @Test
    void the_first_administrator_is_created_by_the_system_once_and_audited_as_the_bootstrap() {
        caller = SystemActor.SYSTEM.principal();
        UserAccount admin = useCases.call(administration, "createFirstAdministrator", "root", "Weinan-Start-2026");
        assertEquals(Set.of(Role.SYSTEM_ADMIN), admin.roles());
        assertFalse(admin.passwordChangeRequired(), "the operator chose it");
        assertEquals(List.of("ACCOUNT_BOOTSTRAP ACCOUNT:100 first system administrator"), audited);
        ProblemException again = assertThrows(ProblemException.class,
                () -> useCases.call(administration, "createFirstAdministrator", "root2", "Weinan-Start-2026"));
        assertEquals(409, again.status());
        assertEquals("account.bootstrapDone", again.code());
    }

    @Test
    void a_person_cannot_create_the_first_administrator() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> useCases.call(administration, "createFirstAdministrator", "root", "Weinan-Start-2026"));
        assertEquals(403, refused.status());
        assertEquals("account.bootstrapBySystemOnly", refused.code());
        assertTrue(stored.isEmpty());
        assertTrue(audited.isEmpty());
    }

    @Test
    void only_a_system_administrator_creates_accounts() {
        caller = new AccountPrincipal(8, "auditor", "审计员", Set.of(Role.AUDITOR), null, Set.of(), Set.of());
        assertEquals(403, assertThrows(ProblemException.class, () -> create("someone", Role.AUDITOR)).status());
        assertTrue(stored.isEmpty());
    }

    @Test
    void a_taken_username_is_a_coded_conflict_on_its_field() {
        create("taken", Role.AUDITOR);
        ProblemException conflict = assertThrows(ProblemException.class, () -> create("taken", Role.AUDITOR));
        assertEquals(409, conflict.status());
        assertEquals(List.of(FieldError.of("username", "account.usernameTaken", "username already exists")), conflict.errors());
    }

    @Test
    void a_missing_username_is_refused_before_anything_is_stored() {
        ProblemException invalid = assertThrows(ProblemException.class, () -> create(" ", Role.AUDITOR));
        assertEquals(List.of(FieldError.required("username")), invalid.errors());
        assertTrue(stored.isEmpty());
        assertTrue(audited.isEmpty());
    }
}
