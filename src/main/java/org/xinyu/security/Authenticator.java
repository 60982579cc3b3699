package org.xinyu.security;

import org.xinyu.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;

import java.time.Clock;
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
    LoginSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<AccountPrincipal> authenticate(String username, char[] password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = username == null ? Optional.empty() : accounts.byUsername(username);
        if (found.isEmpty()) {
            hashing.matches("\u0000unknown", password, DUMMY_HASH.get(hashing), clock); // same cost as a real check
            audit.failureIndependently(AuditAction.LOGIN, "ACCOUNT", null, "unknown user");
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.enabled()) {
            audit.failureIndependentlyAs(account.username(), AuditAction.LOGIN, "ACCOUNT", account.id(), "account disabled");
            return Optional.empty();
        }
        if (account.isLockedAt(now)) {
            audit.failureIndependentlyAs(account.username(), AuditAction.LOGIN, "ACCOUNT", account.id(), "account locked");
            return Optional.empty();
        }
        if (!hashing.matches(account.username(), password, account.passwordHash(), clock)) {
            boolean locked = account.recordFailure(now, settings.maxFailures(), settings.failureWindow(), settings.lockFor());
            audit.failureIndependentlyAs(account.username(), AuditAction.LOGIN, "ACCOUNT", account.id(), "wrong password");
            if (locked) {
                audit.failureIndependentlyAs(account.username(), AuditAction.ACCOUNT_LOCKED, "ACCOUNT", account.id(), "too many failed logins");
            }
            return Optional.empty();
        }
        account.recordSuccess();
        SignInOfThisRequest.remember(account.id(), account.isPasswordExpiredAt(now, settings.passwordMaxAge()));
        return Optional.of(account.toPrincipal());
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
