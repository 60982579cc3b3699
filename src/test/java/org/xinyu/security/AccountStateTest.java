package org.xinyu.security;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyu.security.AccountState.ACTIVE;
import static org.xinyu.security.AccountState.DISABLED;
import static org.xinyu.security.AccountState.LOCKED;
import static org.xinyu.security.AccountState.PASSWORD_EXPIRED;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountStateTest {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    private static final Duration MAX_AGE = Duration.ofDays(90);

    @Test
    void an_account_with_nothing_wrong_is_active_and_only_active() {
        assertEquals(List.of(ACTIVE), AccountState.of(true, false, false));
    }

    @Test
    void every_applying_state_is_listed_most_severe_first_and_never_with_active() {
        assertEquals(List.of(DISABLED), AccountState.of(false, false, false));
        assertEquals(List.of(LOCKED), AccountState.of(true, true, false));
        assertEquals(List.of(PASSWORD_EXPIRED), AccountState.of(true, false, true));
        assertEquals(List.of(DISABLED, LOCKED, PASSWORD_EXPIRED), AccountState.of(false, true, true));
    }

    @Test
    void a_reset_password_is_expired_at_once_and_lifts_a_lockout() {
        UserAccount account = new UserAccount("zhao.min", "赵敏", "$argon2id$old", Set.of(Role.HEAD_TEACHER), 1L, Set.of(), Set.of(), T0);
        for (int i = 0; i < 5; i++) {
            account.recordFailure(T0.plusSeconds(i), 5, Duration.ofMinutes(15), Duration.ofMinutes(30));
        }
        assertTrue(account.isLockedAt(T0.plusSeconds(10)));
        Instant resetAt = T0.plusSeconds(60);
        account.resetPassword("$argon2id$temporary", resetAt);
        assertEquals("$argon2id$temporary", account.passwordHash());
        assertEquals(resetAt, account.passwordChangedAt());
        assertFalse(account.isLockedAt(resetAt), "the lockout is lifted");
        assertTrue(account.isPasswordExpiredAt(resetAt, MAX_AGE), "a temporary password must be changed first");
        account.changePassword("$argon2id$own", resetAt.plusSeconds(60));
        assertFalse(account.isPasswordExpiredAt(resetAt.plusSeconds(60), MAX_AGE), "changing it ends the expiry");
    }

    @Test
    void a_class_leaves_the_scope_of_the_head_teacher_it_is_taken_from() {
        UserAccount account = new UserAccount("zhao.min", "赵敏", "$argon2id$x", Set.of(Role.HEAD_TEACHER), 1L, Set.of(), Set.of(7L, 8L), T0);
        account.removeClass(7L);
        assertEquals(Set.of(8L), account.classIds());
    }
}
