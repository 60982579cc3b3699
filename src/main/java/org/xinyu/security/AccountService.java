package org.xinyu.security;

import org.xinyu.platform.XinyuSettings;
import org.xinyu.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Validation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creating and managing accounts: the system administrator's work (separation of duties enforced here). */
@ApplicationScoped
public class AccountService {

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHashing hashing;

    private final PasswordPolicy policy = new PasswordPolicy();

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Authenticator authenticator;

    @Inject
    SessionRegistry sessions;

    @Inject
    XinyuSettings.Login settings;

    @Inject
    SchoolLookup schools;

    @Inject
    ClassHeadTeachers classHeadTeachers;

    @Inject
    TransactionSynchronizationRegistry transactions;

    public record NewAccount(String username, String displayName, String password, Set<Role> roles,
                             Long schoolId, Set<Integer> grades, Set<Long> classIds) {
    }

    /** Which accounts to list: text in the username or name, a role, a school; each may be null. */
    public record AccountFilter(String text, Role role, Long schoolId) {
        public static final AccountFilter ALL = new AccountFilter(null, null, null);
    }

    /** An account as the administrator's list shows it: identity, roles, scope by ids, and whether it can be used. */
    public record AccountSummary(long id, String username, String displayName, Set<Role> roles, Long schoolId,
                                 Set<Integer> grades, Set<Long> classIds, List<AccountState> states) {
        public boolean enabled() {
            return !states.contains(AccountState.DISABLED);
        }
    }

    /**
     * Creates an account. Its password counts as expired from the start: the administrator chose it, so the person
     * must replace it at first sign-in before doing anything else. One rule for every way an account is created by an
     * administrator (workbench and API alike); only the bootstrap and demo data ({@link #createUnchecked}) skip it.
     */
    @Transactional
    public UserAccount create(NewAccount request) {
        access.require(Permission.ACCOUNT_MANAGE);
        UserAccount account = newAccount(request, null);
        audit.success(AuditAction.ACCOUNT_CREATE, "ACCOUNT", account.id(), "roles=" + request.roles());
        leadClasses(account);
        account.requirePasswordChange();
        audit.success(AuditAction.PASSWORD_EXPIRE, "ACCOUNT", account.id(), "change required at first sign-in");
        return account;
    }

    /** For the one-time bootstrap of the first administrator and for demo data: no caller yet. */
    @Transactional
    public UserAccount createUnchecked(NewAccount request) {
        return createUnchecked(request, null);
    }

    /**
     * Demo data: many accounts share one password, so one Argon2id hash computed once serves them all
     * ({@code precomputedHash} must be the hash of {@code request.password()}).
     */
    @Transactional
    public UserAccount createUnchecked(NewAccount request, String precomputedHash) {
        UserAccount account = newAccount(request, precomputedHash);
        leadClasses(account);
        return account;
    }

    /**
     * A head teacher's classes: the account's scope and each class's head teacher must agree, so the account
     * becomes the head teacher of the classes it is given (in this transaction; a class led by someone else is
     * refused with 409 and nothing is created).
     */
    private void leadClasses(UserAccount account) {
        if (!account.classIds().isEmpty()) {
            classHeadTeachers.leadNewAccountsClasses(account, account.classIds());
        }
    }

    /** Checks the request, its scope included (400 naming the field; 409 for a taken username), and stores the account. */
    private UserAccount newAccount(NewAccount request, String precomputedHash) {
        Validation v = new Validation();
        v.requireText(request.username(), "username", 64);
        if (request.username() != null && !request.username().matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            v.add(new FieldError("username", "use 2-64 lower-case letters, digits, '.', '_' or '-'"));
        }
        if (request.username() != null && RequestContext.NON_ACCOUNT_ACTORS.contains(request.username())) {
            v.add(new FieldError("username", "is the name the system itself uses in the audit trail"));
        }
        v.requireText(request.displayName(), "displayName", 100);
        v.require(request.roles() != null && !request.roles().isEmpty(), "roles", "at least one role is required");
        v.require(request.roles() == null || request.roles().stream().noneMatch(Objects::isNull), "roles", "unknown role null");
        if (request.roles() != null && request.roles().stream().anyMatch(r -> r == Role.AUDITOR)
                && request.roles().stream().anyMatch(r -> r != null && r.isAdministrator())) {
            v.add(new FieldError("roles", "an auditor cannot also be an administrator"));
        }
        Set<Integer> grades = request.grades() == null ? Set.of() : request.grades();
        Set<Long> classIds = request.classIds() == null ? Set.of() : request.classIds();
        scopeProblems(request.roles(), request.schoolId(), grades, classIds).forEach(v::add);
        if (request.password() == null) {
            v.add(new FieldError("password", "is required"));
        } else {
            for (String violation : policy.violations(request.username() == null ? "" : request.username(), request.password())) {
                v.add(new FieldError("password", violation));
            }
        }
        v.check();
        if (accounts.byUsername(request.username()).isPresent()) {
            throw ProblemException.conflict("username", "username already exists");
        }
        UserAccount account = new UserAccount(request.username(), request.displayName(),
                precomputedHash != null ? precomputedHash : hashing.hash(request.password().toCharArray()), request.roles(), request.schoolId(),
                grades, classIds, clock.instant());
        accounts.store(account);
        return account;
    }

    /** Whether the school, grades and classes fit the roles ({@link AccountScopeRules}), looked up as needed. */
    private List<FieldError> scopeProblems(Set<Role> roles, Long schoolId, Set<Integer> grades, Set<Long> classIds) {
        SchoolLookup.SchoolRef school = schoolId == null ? null : schools.school(schoolId).orElse(null);
        List<Long> wanted = classIds.stream().filter(Objects::nonNull).toList();
        Map<Long, SchoolLookup.ClassRef> classes = wanted.isEmpty() || wanted.size() > AccountScopeRules.MAX_CLASSES ? Map.of()
                : schools.classesByIds(wanted).stream().collect(Collectors.toMap(SchoolLookup.ClassRef::id, Function.identity()));
        return AccountScopeRules.problems(roles, schoolId, school, grades, classIds, classes);
    }

    public String hashOf(String password) {
        return hashing.hash(password.toCharArray());
    }

    @Transactional
    public List<UserAccount> page(int page, int size) {
        access.require(Permission.ACCOUNT_READ);
        return accounts.page(page, size);
    }

    @Transactional
    public long count() {
        access.require(Permission.ACCOUNT_READ);
        return accounts.count();
    }

    /** A page of the accounts matching the filter, by username, each with its state. */
    @Transactional
    public Page<AccountSummary> search(AccountFilter filter, PageRequest page) {
        access.require(Permission.ACCOUNT_READ);
        AccountStore.Criteria criteria = criteria(filter);
        Instant now = clock.instant();
        List<AccountSummary> items = accounts.search(criteria, page.offset(), page.size()).stream()
                .map(a -> summary(a, now)).toList();
        return new Page<>(items, accounts.count(criteria), page.page(), page.size());
    }

    /** How many accounts match the filter. */
    @Transactional
    public long count(AccountFilter filter) {
        access.require(Permission.ACCOUNT_READ);
        return accounts.count(criteria(filter));
    }

    private static AccountStore.Criteria criteria(AccountFilter filter) {
        AccountFilter f = filter == null ? AccountFilter.ALL : filter;
        return new AccountStore.Criteria(f.text(), f.role(), f.schoolId());
    }

    private AccountSummary summary(UserAccount a, Instant now) {
        return new AccountSummary(a.id(), a.username(), a.displayName(), a.roles(), a.schoolId(), a.grades(), a.classIds(),
                AccountState.of(a.enabled(), a.isLockedAt(now), a.isPasswordExpiredAt(now, settings.passwordMaxAge())));
    }

    @Transactional
    public UserAccount byUsername(String username) {
        access.require(Permission.ACCOUNT_READ);
        return accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
    }

    /**
     * The caller changes their own password (allowed even when it has expired). The current password is
     * checked like a sign-in, so wrong guesses count towards the lockout. The remembered credential is
     * forgotten at once.
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AccountPrincipal caller = access.require(Permission.OWN_PASSWORD_CHANGE);
        Validation v = new Validation();
        v.require(currentPassword != null && !currentPassword.isEmpty(), "currentPassword", "is required");
        if (newPassword == null || newPassword.isEmpty()) {
            v.add(new FieldError("newPassword", "is required"));
        } else {
            for (String violation : policy.violations(caller.username(), newPassword)) {
                v.add(new FieldError("newPassword", violation));
            }
            if (newPassword.equals(currentPassword)) {
                v.add(new FieldError("newPassword", "must differ from the current password"));
            }
        }
        v.check();
        boolean wrong;
        try {
            wrong = authenticator.authenticate(caller.username(), currentPassword.toCharArray()).isEmpty();
        } catch (SignInThrottled throttled) {
            throw new ProblemException(429, "Too many requests", "Too many failed sign-ins; try again in "
                    + throttled.retryAfterSeconds() + " seconds.", List.of());
        }
        if (wrong) {
            audit.failureIndependently(AuditAction.PASSWORD_CHANGE, "ACCOUNT", caller.accountId(), "current password wrong");
            throw ProblemException.invalid("currentPassword", "is not correct");
        }
        UserAccount account = accounts.byId(caller.accountId()).orElseThrow(() -> ProblemException.notFound("Account"));
        account.changePassword(hashing.hash(newPassword.toCharArray()), clock.instant());
        hashing.forget(account.username());
        audit.success(AuditAction.PASSWORD_CHANGE, "ACCOUNT", account.id(), "by the account holder");
    }

    /**
     * Disables an account: from the commit on, its password is refused (HTTP Basic included, the remembered
     * credential is forgotten) and its workbench sessions end. An administrator cannot disable themselves.
     */
    @Transactional
    public UserAccount disable(String username) {
        AccountPrincipal caller = access.require(Permission.ACCOUNT_MANAGE);
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
        if (account.id() == caller.accountId()) {
            throw ProblemException.conflict("You cannot disable your own account.");
        }
        account.disable();
        hashing.forget(account.username());
        audit.success(AuditAction.ACCOUNT_DISABLE, "ACCOUNT", account.id());
        String name = account.username();
        sessions.endSessions(account, clock.instant());
        afterCommit(() -> {
            hashing.forget(name);
            sessions.endSessions(name); // and any session that signed in while the change was committing
        });
        return account;
    }

    @Transactional
    public UserAccount enable(String username) {
        access.require(Permission.ACCOUNT_MANAGE);
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
        account.enable();
        audit.success(AuditAction.ACCOUNT_ENABLE, "ACCOUNT", account.id());
        return account;
    }

    /** The account must change its password before it may do anything else. */
    @Transactional
    public UserAccount requirePasswordChange(String username) {
        access.require(Permission.ACCOUNT_MANAGE);
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
        account.requirePasswordChange();
        audit.success(AuditAction.PASSWORD_EXPIRE, "ACCOUNT", account.id(), "change required at next use");
        return account;
    }

    /**
     * An administrator gives the account a temporary password (checked by the password policy): it must be
     * changed at the next sign-in, a lockout is lifted, the remembered credential is forgotten and the
     * account's workbench sessions end.
     */
    @Transactional
    public UserAccount resetPassword(String username, String temporaryPassword) {
        access.require(Permission.ACCOUNT_MANAGE);
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
        Validation v = new Validation();
        if (temporaryPassword == null || temporaryPassword.isEmpty()) {
            v.add(new FieldError("temporaryPassword", "is required"));
        } else {
            for (String violation : policy.violations(account.username(), temporaryPassword)) {
                v.add(new FieldError("temporaryPassword", violation));
            }
        }
        v.check();
        account.resetPassword(hashing.hash(temporaryPassword.toCharArray()), clock.instant());
        hashing.forget(account.username());
        audit.success(AuditAction.PASSWORD_RESET, "ACCOUNT", account.id(), "temporary password, change required at next sign-in");
        String name = account.username();
        sessions.endSessions(account, clock.instant());
        afterCommit(() -> {
            hashing.forget(name);
            sessions.endSessions(name);
        });
        return account;
    }

    private void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
