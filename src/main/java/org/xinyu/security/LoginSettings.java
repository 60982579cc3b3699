package org.xinyu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Lockout and password-age settings (README, "Security"). */
@ApplicationScoped
public class LoginSettings {

    @Inject
    @ConfigProperty(name = "xinyu.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "xinyu.login.failure-window-minutes", defaultValue = "15")
    int failureWindowMinutes;

    @Inject
    @ConfigProperty(name = "xinyu.login.lock-minutes", defaultValue = "30")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "xinyu.password.max-age-days", defaultValue = "90")
    int passwordMaxAgeDays;

    @Inject
    @ConfigProperty(name = "xinyu.login.throttle.max-failures-per-address", defaultValue = "100")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "xinyu.login.throttle.max-failures-per-account", defaultValue = "10")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "xinyu.login.throttle.window-minutes", defaultValue = "10")
    int throttleWindowMinutes;

    /** Failed sign-ins from one client address within {@link #throttleWindow()} before 429 (0 turns it off). */
    public int maxFailuresPerAddress() {
        return maxFailuresPerAddress;
    }

    /** Failed sign-ins for one username (existing or not) within {@link #throttleWindow()} before 429 (0 turns it off). */
    public int maxFailuresPerAccount() {
        return maxFailuresPerAccount;
    }

    public Duration throttleWindow() {
        return Duration.ofMinutes(Math.max(1, throttleWindowMinutes));
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration failureWindow() {
        return Duration.ofMinutes(failureWindowMinutes);
    }

    public Duration lockFor() {
        return Duration.ofMinutes(lockMinutes);
    }

    /** How long a password stays valid; zero (xinyu.password.max-age-days=0) means it never expires by age. */
    public Duration passwordMaxAge() {
        return Duration.ofDays(Math.max(0, passwordMaxAgeDays));
    }
}
