package org.xinyu.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);
    private final String stored = hashing.hash("Correct-horse-9".toCharArray());

    @Test
    void a_remembered_password_still_has_to_be_the_right_one() {
        assertTrue(hashing.matches("li.ming", "Correct-horse-9".toCharArray(), stored, clock));
        assertTrue(hashing.matches("li.ming", "Correct-horse-9".toCharArray(), stored, clock), "the remembered check");
        assertFalse(hashing.matches("li.ming", "Correct-horse-8".toCharArray(), stored, clock));
        assertFalse(hashing.matches("li.ming", "Correct-horse-".toCharArray(), stored, clock));
        assertTrue(hashing.matches("li.ming", "Correct-horse-9".toCharArray(), stored, clock), "a wrong try does not spoil it");
    }

    @Test
    void a_password_remembered_for_one_account_does_not_sign_in_another() {
        String othersHash = hashing.hash("Another-pass-7".toCharArray());
        assertTrue(hashing.matches("li.ming", "Correct-horse-9".toCharArray(), stored, clock));
        assertFalse(hashing.matches("wang.fang", "Correct-horse-9".toCharArray(), othersHash, clock));
    }

    @Test
    void a_changed_hash_or_an_expired_memory_checks_the_password_again() {
        assertTrue(hashing.matches("li.ming", "Correct-horse-9".toCharArray(), stored, clock));
        String changed = hashing.hash("New-secret-55".toCharArray());
        assertFalse(hashing.matches("li.ming", "Correct-horse-9".toCharArray(), changed, clock), "the old password after a change");
        Clock later = Clock.offset(clock, Duration.ofMinutes(6));
        assertTrue(hashing.matches("li.ming", "New-secret-55".toCharArray(), changed, later));
    }
}
