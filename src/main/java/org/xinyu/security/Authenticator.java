package org.xinyu.security;

import org.xinyu.platform.XinyuSettings;
import org.xinyu.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;

import org.xinyu.platform.RequestContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password, counting failures and locking the account after too many. An unknown
 * user, a wrong password, a disabled and a locked account all come back as the same empty answer.
 */
@ApplicationScoped
public class Authenticator {

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    XinyuSettings.Login settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SignInThrottle throttle;

    /**
     * Every failing path costs one Argon2id comparison, like a wrong password for an existing account, so that
     * timing tells an unknown user, a disabled and a locked account apart from a wrong password no better than the
     * answer does. A caller over the failed-sign-in limit ({@link SignInThrottle}) is refused first, unhashed.
     *
     * @throws SignInThrottled too many failed sign-ins from this address or for this username
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<AccountPrincipal> authenticate(String username, char[] password) {
        String address = RequestContext.current().clientAddress();
        Optional<Duration> wait = throttle.refusal(address, username);
        if (wait.isPresent()) {
            throw new SignInThrottled(wait.get());
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = username == null || username.isEmpty() ? Optional.empty() : accounts.byUsername(username);
        if (found.isEmpty()) {
            hashing.compareForTiming(password, DUMMY_HASH.get(hashing)); // same cost as a wrong password
            audit.failureIndependently(AuditAction.LOGIN, "ACCOUNT", null, "unknown user");
            return failed(address, username);
        }
        UserAccount account = found.get();
        if (!account.enabled()) {
            hashing.compareForTiming(password, account.passwordHash()); // same cost as a wrong password
            audit.failureIndependentlyAs(account.username(), AuditAction.LOGIN, "ACCOUNT", account.id(), "account disabled");
            return failed(address, username);
        }
        if (account.isLockedAt(now)) {
            hashing.compareForTiming(password, account.passwordHash()); // same cost as a wrong password
            audit.failureIndependentlyAs(account.username(), AuditAction.LOGIN, "ACCOUNT", account.id(), "account locked");
            return failed(address, username);
        }
        if (!hashing.matches(account.username(), password, account.passwordHash(), clock)) {
            boolean locked = account.recordFailure(now, settings.maxFailures(), settings.failureWindow(), settings.lockFor());
            audit.failureIndependentlyAs(account.username(), AuditAction.LOGIN, "ACCOUNT", account.id(), "wrong password");
            if (locked) {
                audit.failureIndependentlyAs(account.username(), AuditAction.ACCOUNT_LOCKED, "ACCOUNT", account.id(), "too many failed logins");
            }
            return failed(address, username);
        }
        account.recordSuccess();
        SignInOfThisRequest.remember(account.id(), account.isPasswordExpiredAt(now, settings.passwordMaxAge()));
        return Optional.of(account.toPrincipal());
    }

    private Optional<AccountPrincipal> failed(String address, String username) {
        if (throttle.failed(address, username)) {
            audit.failureIndependentlyAs(username, AuditAction.LOGIN_THROTTLED, "ADDRESS", null,
                    "failed sign-in limit reached from " + address + " or for the username tried");
        }
        return Optional.empty();
    }

    /** A real Argon2id hash to compare against for unknown users, so timing does not reveal who exists. */
    private static final class DUMMY_HASH {
        private static volatile String value;

        static String get(PasswordHashing hashing) {
            if (value == null) {
                value = hashing.hash("not-a-real-password-0".toCharArray());
            }
            return value;
        }
    }
}
