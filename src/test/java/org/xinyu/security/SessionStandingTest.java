package org.xinyu.security;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionStandingTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-30T02:00:00Z");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("enabled, never revoked", true, null, true),
                Arguments.of("enabled, revoked before the sign-in", true, SIGNED_IN.minusSeconds(1), true),
                Arguments.of("enabled, revoked at the very moment of the sign-in", true, SIGNED_IN, false),
                Arguments.of("enabled, revoked after the sign-in", true, SIGNED_IN.plusSeconds(1), false),
                Arguments.of("disabled, never revoked", false, null, false),
                Arguments.of("disabled, revoked before the sign-in", false, SIGNED_IN.minusSeconds(60), false));
    }

    @ParameterizedTest(name = "{0}: the session goes on = {3}")
    @MethodSource("cases")
    void a_session_goes_on_only_while_its_account_is_enabled_and_unrevoked_since_it_signed_in(
            String situation, boolean enabled, Instant revokedAt, boolean goesOn) {
        assertEquals(goesOn, new SessionStanding(enabled, revokedAt).allowsSessionSignedInAt(SIGNED_IN), situation);
    }
}
