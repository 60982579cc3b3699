package org.xinyu.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * Every setting of Xinyu, read through MicroProfile Config in this one class: each can be given as a system
 * property ({@code -Dxinyu.demo=true}) or an environment variable ({@code XINYU_DEMO=true}). Each field says what
 * the setting means; its default is in its {@code @ConfigProperty}. Features take their area's record
 * ({@link Login}, {@link Sessions}, {@link Notes}, {@link Bootstrap}, {@link SweepSettings}) or this class.
 * README's settings table lists the same names and defaults (SettingsTableTest holds them together).
 */
@ApplicationScoped
public class XinyuSettings {

    /** Demo mode: load the demo district and its accounts into an empty database; the notes key file is made on first start. */
    @Inject
    @ConfigProperty(name = "xinyu.demo", defaultValue = "false")
    boolean demo;

    /** Outside demo mode Xinyu refuses to start on the embedded H2 unless this is true. */
    @Inject
    @ConfigProperty(name = "xinyu.allow-embedded-database", defaultValue = "false")
    boolean allowEmbeddedDatabase;

    /** Test and demo installations only: {@code POST /api/v1/system/clock} moves the clock forward. */
    @Inject
    @ConfigProperty(name = "xinyu.clock.movable", defaultValue = "false")
    boolean movableClock;

    /** How often the time-based sweep runs, in minutes (once per cluster, by lease; at least 1). */
    @Inject
    @ConfigProperty(name = "xinyu.sweep.interval-minutes", defaultValue = "15")
    int sweepIntervalMinutes;

    /** Pages of students a sweep evaluates side by side; 0 means one per processor core. */
    @Inject
    @ConfigProperty(name = "xinyu.sweep.workers", defaultValue = "0")
    int sweepWorkers;

    /** Failed sign-ins within the failure window that lock an account. */
    @Inject
    @ConfigProperty(name = "xinyu.login.max-failures", defaultValue = "5")
    int loginMaxFailures;

    /** The window, in minutes, in which failed sign-ins count towards a lock. */
    @Inject
    @ConfigProperty(name = "xinyu.login.failure-window-minutes", defaultValue = "15")
    int loginFailureWindowMinutes;

    /** How long, in minutes, a locked account stays locked. */
    @Inject
    @ConfigProperty(name = "xinyu.login.lock-minutes", defaultValue = "30")
    int loginLockMinutes;

    /** Failed sign-ins from one client address within the throttle window before 429 (0 turns it off). */
    @Inject
    @ConfigProperty(name = "xinyu.login.throttle.max-failures-per-address", defaultValue = "100")
    int throttleMaxFailuresPerAddress;

    /** Failed sign-ins for one username (existing or not) within the throttle window before 429 (0 turns it off). */
    @Inject
    @ConfigProperty(name = "xinyu.login.throttle.max-failures-per-account", defaultValue = "10")
    int throttleMaxFailuresPerAccount;

    /** The throttle's window, in minutes (at least 1). */
    @Inject
    @ConfigProperty(name = "xinyu.login.throttle.window-minutes", defaultValue = "10")
    int throttleWindowMinutes;

    /** How many days a password stays valid; 0 turns expiry by age off. */
    @Inject
    @ConfigProperty(name = "xinyu.password.max-age-days", defaultValue = "90")
    int passwordMaxAgeDays;

    /** A workbench session ends this many hours after sign-in, whatever its activity. */
    @Inject
    @ConfigProperty(name = "xinyu.session.absolute-hours", defaultValue = "8")
    int sessionAbsoluteHours;

    /** How often, in seconds, a workbench session re-reads its account, so that disabling it on one instance ends its sessions on the others. */
    @Inject
    @ConfigProperty(name = "xinyu.session.recheck-seconds", defaultValue = "5")
    int sessionRecheckSeconds;

    /** The AES-256 key (base64 of 32 bytes) for confidential notes; kept outside the database. */
    @Inject
    @ConfigProperty(name = "xinyu.notes.key")
    Optional<String> notesKey;

    /** A file holding that key, used when no key is set; in demo mode it defaults to xinyu-notes.key in the working directory and is created on first start. */
    @Inject
    @ConfigProperty(name = "xinyu.notes.key-file")
    Optional<String> notesKeyFile;

    /** With the password below: creates the first system administrator on a database without accounts. */
    @Inject
    @ConfigProperty(name = "xinyu.bootstrap.admin")
    Optional<String> bootstrapAdmin;

    @Inject
    @ConfigProperty(name = "xinyu.bootstrap.admin-password")
    Optional<String> bootstrapAdminPassword;

    /** Lockout, throttling and password age. */
    public record Login(int maxFailures, Duration failureWindow, Duration lockFor, int maxFailuresPerAddress,
                        int maxFailuresPerAccount, Duration throttleWindow, Duration passwordMaxAge) {
    }

    /** The workbench session's absolute lifetime and how often it re-reads its account. */
    public record Sessions(Duration absoluteLifetime, Duration recheckInterval) {
    }

    /** Where the key for confidential notes comes from. */
    public record Notes(Optional<String> key, Optional<String> keyFile, boolean demo) {
    }

    /** The first administrator, created once on a database without accounts. */
    public record Bootstrap(Optional<String> admin, Optional<String> adminPassword) {
    }

    /** The time-based sweep. */
    public record SweepSettings(Duration interval, int workers) {
    }

    public boolean demo() {
        return demo;
    }

    public boolean allowEmbeddedDatabase() {
        return allowEmbeddedDatabase;
    }

    /** Only test and demo installations may move the clock (used to show time-based rules). */
    public boolean movableClock() {
        return movableClock;
    }

    @Produces
    public Login login() {
        return new Login(loginMaxFailures, Duration.ofMinutes(loginFailureWindowMinutes), Duration.ofMinutes(loginLockMinutes),
                throttleMaxFailuresPerAddress, throttleMaxFailuresPerAccount, Duration.ofMinutes(Math.max(1, throttleWindowMinutes)),
                Duration.ofDays(Math.max(0, passwordMaxAgeDays)));
    }

    @Produces
    public Sessions sessions() {
        return new Sessions(Duration.ofHours(sessionAbsoluteHours), Duration.ofSeconds(sessionRecheckSeconds));
    }

    @Produces
    public Notes notes() {
        return new Notes(notesKey, notesKeyFile, demo);
    }

    @Produces
    public Bootstrap bootstrap() {
        return new Bootstrap(bootstrapAdmin, bootstrapAdminPassword);
    }

    @Produces
    public SweepSettings sweep() {
        return new SweepSettings(Duration.ofMinutes(Math.max(1, sweepIntervalMinutes)),
                sweepWorkers > 0 ? sweepWorkers : Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
