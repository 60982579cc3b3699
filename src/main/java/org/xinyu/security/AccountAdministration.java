package org.xinyu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Violations;

import java.util.List;
import java.util.Set;

/**
 * Creating accounts and switching them off and on: the system administrator's work (separation of duties enforced
 * by {@link NewAccounts}' rules). Every account is created here, by a person or by a reserved actor
 * ({@link SystemActor}) through the same checks: the first administrator at start-up, the demo's staff.
 */
@ApplicationScoped
public class AccountAdministration {

    @Inject
    NewAccounts newAccounts;

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    AccountSessions sessions;

    @Inject
    Access access;

    /**
     * Creates an account. A password an administrator chose counts as expired from the start: the person must replace
     * it at first sign-in before doing anything else (one rule for the workbench and the API). An account the demo
     * loader creates keeps the published demo password usable, and shares its hash (see
     * {@link PasswordHashing#hashOncePerPassword}): hundreds of accounts with one password would otherwise cost
     * minutes of Argon2id.
     */
    @Transactional
    @UseCase(permission = Permission.ACCOUNT_MANAGE, audit = AuditAction.ACCOUNT_CREATE, target = "ACCOUNT")
    public UserAccount create(NewAccount request) {
        boolean demo = SystemActor.DEMO_LOADER.isCaller(access.caller());
        UserAccount account = newAccounts.create(request, password -> demo
                ? hashing.hashOncePerPassword(password.toCharArray()) : hashing.hash(password.toCharArray()));
        String created = "roles=" + request.roles();
        if (demo) {
            AuditNote.target(account.id());
            AuditNote.detail(created);
            return account;
        }
        account.requirePasswordChange();
        // two entries, the creation first: the interceptor writes the extras before the use case's own entry
        AuditNote.also(AuditAction.ACCOUNT_CREATE, "ACCOUNT", account.id(), created);
        AuditNote.action(AuditAction.PASSWORD_EXPIRE);
        AuditNote.target(account.id());
        AuditNote.detail("change required at first sign-in");
        return account;
    }

    /**
     * The first system administrator, from the operator's settings, on a database with no account at all: only the
     * system at start-up may ({@link SystemActor#SYSTEM}), and only once. Its password was chosen by the operator
     * who set it, so it is not expired.
     */
    @Transactional
    @UseCase(permission = Permission.ACCOUNT_MANAGE, audit = AuditAction.ACCOUNT_BOOTSTRAP, target = "ACCOUNT")
    public UserAccount createFirstAdministrator(String username, String password) {
        if (!SystemActor.SYSTEM.isCaller(access.caller())) {
            throw ProblemException.forbidden("account.bootstrapBySystemOnly", "Only the system creates the first administrator.");
        }
        if (accounts.count() > 0) {
            throw ProblemException.conflict("account.bootstrapDone", null, "Accounts exist already; there is no first administrator to create.");
        }
        NewAccount request = new NewAccount(username, username, password, Set.of(Role.SYSTEM_ADMIN), null, null, null);
        List<FieldError> shape = Violations.of(request); // built here, so not checked on the way in
        if (!shape.isEmpty()) {
            throw ProblemException.invalid(shape);
        }
        UserAccount admin = newAccounts.create(request, p -> hashing.hash(p.toCharArray()));
        AuditNote.target(admin.id());
        AuditNote.detail("first system administrator");
        return admin;
    }

    /**
     * Disables an account: from the commit on, its password is refused (HTTP Basic included, the remembered
     * credential is forgotten) and its workbench sessions end. An administrator cannot disable themselves.
     */
    @Transactional
    @UseCase(permission = Permission.ACCOUNT_MANAGE, audit = AuditAction.ACCOUNT_DISABLE, target = "ACCOUNT")
    public UserAccount disable(String username) {
        AccountPrincipal caller = access.caller();
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
        if (account.id() == caller.accountId()) {
            throw ProblemException.conflict("account.disableSelf", null, "You cannot disable your own account.");
        }
        account.disable();
        sessions.endAll(account);
        AuditNote.target(account.id());
        return account;
    }

    @Transactional
    @UseCase(permission = Permission.ACCOUNT_MANAGE, audit = AuditAction.ACCOUNT_ENABLE, target = "ACCOUNT")
    public UserAccount enable(String username) {
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
        account.enable();
        AuditNote.target(account.id());
        return account;
    }
}
