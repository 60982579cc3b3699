package org.xinyu.security;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(30);

    private final UserAccount account = new UserAccount("wang.li", "王丽", "$argon2id$fake", Set.of(Role.COUNSELOR), 1L,
            Set.of(), Set.of(), T0);

    private boolean fail(int minutesAfterT0) {
        return account.recordFailure(T0.plus(Duration.ofMinutes(minutesAfterT0)), 5, WINDOW, LOCK);
    }

    @Test
    void the_fifth_failure_within_the_window_locks_for_the_lock_time() {
        for (int i = 0; i < 4; i++) {
            assertFalse(fail(i));
        }
        assertTrue(fail(4));
        assertEquals(T0.plus(Duration.ofMinutes(34)), account.lockedUntil());
        assertTrue(account.isLockedAt(T0.plus(Duration.ofMinutes(33))));
        assertFalse(account.isLockedAt(T0.plus(Duration.ofMinutes(34))));
    }

    @Test
    void failures_spread_wider_than_the_window_never_lock() {
        for (int i = 0; i < 20; i++) {
            assertFalse(fail(i * 4), "failure " + i); // a new window starts every 16 minutes
        }
        assertNull(account.lockedUntil());
    }

    @Test
    void a_failure_just_inside_the_window_still_counts() {
        fail(0);
        fail(1);
        fail(2);
        fail(3);
        assertTrue(fail(15)); // exactly at the window's end: still the same window
    }

    @Test
    void a_success_forgets_earlier_failures() {
        fail(0);
        fail(1);
        fail(2);
        fail(3);
        account.recordSuccess();
        assertFalse(fail(4));
        assertFalse(fail(5));
    }

    @Test
    void after_a_lock_the_count_starts_again() {
        for (int i = 0; i < 5; i++) {
            fail(i);
        }
        for (int i = 0; i < 4; i++) {
            assertFalse(fail(40 + i));
        }
        assertTrue(fail(44));
    }

    @ParameterizedTest(name = "changed at T0, now T0+{0}d, max age {1}d, change required {2}: expired {3}")
    @CsvSource({
            "89, 90, false, false",
            "90, 90, false, true",
            "400, 0, false, false",
            "0, 90, true, true",
            "0, 0, true, true",
    })
    void a_password_expires_at_its_maximum_age_or_when_an_administrator_says_so(int days, int maxAge, boolean required,
                                                                              boolean expired) {
        assertEquals(expired, UserAccount.isPasswordExpired(required, T0, T0.plus(Duration.ofDays(days)), Duration.ofDays(maxAge)));
    }

    @Test
    void changing_the_password_clears_a_required_change_and_restarts_the_age() {
        account.requirePasswordChange();
        assertTrue(account.isPasswordExpiredAt(T0, Duration.ofDays(90)));
        Instant later = T0.plus(Duration.ofDays(100));
        account.changePassword("$argon2id$other", later);
        assertFalse(account.passwordChangeRequired());
        assertFalse(account.isPasswordExpiredAt(later.plus(Duration.ofDays(89)), Duration.ofDays(90)));
        assertEquals(later, account.passwordChangedAt());
    }
}
