package org.xinyu.security;

import org.xinyu.platform.XinyuSettings;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.MovableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneOffset.UTC));

    private SignInThrottle throttle(int perAddress, int perAccount) {
        XinyuSettings.Login settings = new XinyuSettings.Login(5, Duration.ofMinutes(15), Duration.ofMinutes(30),
                perAddress, perAccount, Duration.ofMinutes(10), Duration.ofDays(90));
        SignInThrottle throttle = new SignInThrottle();
        throttle.settings = settings;
        throttle.clock = clock;
        return throttle;
    }

    @Test
    void an_address_is_refused_after_its_limit_of_failures_until_the_oldest_leaves_the_window() {
        SignInThrottle throttle = throttle(3, 0);
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.refusal("10.0.0.1", "user" + i).isEmpty());
            assertEquals(i == 2, throttle.failed("10.0.0.1", "user" + i), "the limit is reached by the third failure");
            clock.moveBy(Duration.ofMinutes(1));
        }
        assertEquals(Duration.ofMinutes(7), throttle.refusal("10.0.0.1", "anyone").orElseThrow());
        assertTrue(throttle.refusal("10.0.0.2", "anyone").isEmpty(), "another address is not limited");
        clock.moveBy(Duration.ofMinutes(7));
        assertTrue(throttle.refusal("10.0.0.1", "anyone").isEmpty(), "the first failure has left the window");
    }

    @Test
    void a_username_is_refused_from_every_address_and_case_does_not_matter() {
        SignInThrottle throttle = throttle(0, 2);
        throttle.failed("10.0.0.1", "Ghost");
        throttle.failed("10.0.0.2", "ghost");
        assertFalse(throttle.refusal("10.0.0.3", "GHOST").isEmpty());
        assertTrue(throttle.refusal("10.0.0.3", "other").isEmpty());
    }

    @Test
    void successes_are_never_counted_so_nothing_is_refused_without_failures() {
        SignInThrottle throttle = throttle(1, 1);
        for (int i = 0; i < 1000; i++) {
            assertTrue(throttle.refusal("127.0.0.1", "admin").isEmpty());
        }
    }

    @Test
    void a_clock_moved_back_does_not_keep_failures_from_the_future() {
        SignInThrottle throttle = throttle(1, 0);
        throttle.failed("10.0.0.1", "x");
        clock.moveBy(Duration.ofMinutes(-31));
        assertTrue(throttle.refusal("10.0.0.1", "x").isEmpty());
    }
}
