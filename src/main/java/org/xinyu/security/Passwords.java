package org.xinyu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Passwords after an account exists: the holder changes theirs, an administrator resets or expires one. */
@ApplicationScoped
public class Passwords {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    Authenticator authenticator;

    @Inject
    AccountSessions sessions;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The caller changes their own password (allowed even when it has expired). The current password is
     * checked like a sign-in, so wrong guesses count towards the lockout, and a wrong one is audited as a failure
     * even though the change fails. The remembered credential is forgotten at once.
     */
    @Transactional
    @UseCase(permission = Permission.OWN_PASSWORD_CHANGE, audit = AuditAction.PASSWORD_CHANGE, target = "ACCOUNT")
    public void changeOwnPassword(PasswordChange change) {
        AccountPrincipal caller = access.caller();
        String currentPassword = change.currentPassword();
        String newPassword = change.newPassword();
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(FieldError.required("currentPassword"));
        }
        if (newPassword == null || newPassword.isEmpty()) {
            errors.add(FieldError.required("newPassword"));
        } else {
            errors.addAll(policy.errors("newPassword", caller.username(), newPassword));
            if (newPassword.equals(currentPassword)) {
                errors.add(FieldError.of("newPassword", "password.unchanged", "must differ from the current password"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean wrong;
        try {
            wrong = authenticator.authenticate(caller.username(), currentPassword.toCharArray()).isEmpty();
        } catch (SignInThrottled throttled) {
            throw new ProblemException(429, "Too many requests", "Too many failed sign-ins; try again in "
                    + throttled.retryAfterSeconds() + " seconds.", List.of(), "signIn.throttled", List.of(throttled.retryAfterSeconds()));
        }
        if (wrong) {
            audit.failureIndependently(AuditAction.PASSWORD_CHANGE, "ACCOUNT", caller.accountId(), "current password wrong");
            throw ProblemException.invalid(FieldError.of("currentPassword", "password.wrongCurrent", "is not correct"));
        }
        UserAccount account = accounts.byId(caller.accountId()).orElseThrow(() -> ProblemException.notFound("Account"));
        account.changePassword(hashing.hash(newPassword.toCharArray()), clock.instant());
        hashing.forget(account.username());
        AuditNote.target(account.id());
        AuditNote.detail("by the account holder");
    }

    /**
     * An administrator gives the account a temporary password (checked by the password policy): it must be
     * changed at the next sign-in, a lockout is lifted, the remembered credential is forgotten and the
     * account's workbench sessions end.
     */
    @Transactional
    @UseCase(permission = Permission.ACCOUNT_MANAGE, audit = AuditAction.PASSWORD_RESET, target = "ACCOUNT")
    public UserAccount resetPassword(String username, PasswordReset reset) {
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
        String temporaryPassword = reset.temporaryPassword();
        if (temporaryPassword == null || temporaryPassword.isEmpty()) {
            throw ProblemException.invalid(FieldError.required("temporaryPassword"));
        }
        List<FieldError> errors = policy.errors("temporaryPassword", account.username(), temporaryPassword);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        account.resetPassword(hashing.hash(temporaryPassword.toCharArray()), clock.instant());
        sessions.endAll(account);
        AuditNote.target(account.id());
        AuditNote.detail("temporary password, change required at next sign-in");
        return account;
    }

    /** The account must change its password before it may do anything else. */
    @Transactional
    @UseCase(permission = Permission.ACCOUNT_MANAGE, audit = AuditAction.PASSWORD_EXPIRE, target = "ACCOUNT")
    public UserAccount requirePasswordChange(String username) {
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
        account.requirePasswordChange();
        AuditNote.target(account.id());
        AuditNote.detail("change required at next use");
        return account;
    }
}
