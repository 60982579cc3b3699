package org.xinyu.security;

import org.xinyu.platform.XinyuSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits FAILED sign-ins per client address and per username (whether or not the account exists, so the limit
 * itself reveals nothing). Successful sign-ins are never counted: a busy school behind one address signs in all
 * day. A caller over a limit is refused before any password is hashed, so a flood of guesses costs the server
 * nothing; the refusal says when to try again.
 *
 * <p>The counters are in memory (one sliding window of failure instants per key): they protect one server's CPU
 * and slow guessing down; the persistent per-account lockout ({@link UserAccount#recordFailure}) is the durable
 * defence across restarts and cluster members. No rate-limit library is used because what is counted (failures,
 * reported after the fact, keyed two ways) is not a token bucket over requests; the window is a few lines.</p>
 */
@ApplicationScoped
public class SignInThrottle {

    /** Beyond this many keys, expired windows are dropped before a new key is added (bounded memory under attack). */
    static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byUsername = new ConcurrentHashMap<>();

    @Inject
    XinyuSettings.Login settings;

    @Inject
    Clock clock;

    /** When a caller over a limit may try again; empty while under both limits. */
    public Optional<Duration> refusal(String address, String username) {
        Instant now = clock.instant();
        Duration window = settings.throttleWindow();
        Optional<Duration> a = wait(byAddress, addressKey(address), settings.maxFailuresPerAddress(), window, now);
        Optional<Duration> u = wait(byUsername, usernameKey(username), settings.maxFailuresPerAccount(), window, now);
        if (a.isPresent() && u.isPresent()) {
            return Optional.of(a.get().compareTo(u.get()) >= 0 ? a.get() : u.get());
        }
        return a.isPresent() ? a : u;
    }

    /** Counts one failed sign-in; true if it is the one that reaches a limit (for the audit trail, once). */
    public boolean failed(String address, String username) {
        Instant now = clock.instant();
        Duration window = settings.throttleWindow();
        boolean a = count(byAddress, addressKey(address), settings.maxFailuresPerAddress(), window, now);
        boolean u = count(byUsername, usernameKey(username), settings.maxFailuresPerAccount(), window, now);
        return a || u;
    }

    private static Optional<Duration> wait(Map<String, Deque<Instant>> counters, String key, int max, Duration window, Instant now) {
        if (max <= 0) {
            return Optional.empty();
        }
        Deque<Instant> failures = counters.get(key);
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            prune(failures, window, now);
            if (failures.size() < max) {
                return Optional.empty();
            }
            // the oldest failure that still counts must leave the window before another attempt is heard
            Instant free = failures.peekFirst().plus(window);
            Duration wait = Duration.between(now, free);
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
    }

    private static boolean count(Map<String, Deque<Instant>> counters, String key, int max, Duration window, Instant now) {
        if (max <= 0) {
            return false;
        }
        if (counters.size() >= MAX_KEYS && !counters.containsKey(key)) {
            counters.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), window, now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> failures = counters.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures, window, now);
            failures.addLast(now);
            return failures.size() == max;
        }
    }

    private static void prune(Deque<Instant> failures, Duration window, Instant now) {
        Instant oldest = now.minus(window);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldest)) {
            failures.removeFirst();
        }
        // a clock moved backwards (tests, operators) must not keep failures from the "future" forever
        while (!failures.isEmpty() && failures.peekLast().isAfter(now.plus(window))) {
            failures.removeLast();
        }
    }

    private static String addressKey(String address) {
        return address == null ? "?" : address;
    }

    private static String usernameKey(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
