package org.xinyu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Validation;

import java.time.Clock;
import java.util.List;
import java.util.Set;

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

    public record NewAccount(String username, String displayName, String password, Set<Role> roles,
                             Long schoolId, Set<Integer> grades, Set<Long> classIds) {
    }

    @Transactional
    public UserAccount create(NewAccount request) {
        access.require(Permission.ACCOUNT_MANAGE);
        UserAccount account = createUnchecked(request);
        audit.success("ACCOUNT_CREATE", "ACCOUNT", account.id(), "roles=" + request.roles());
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
        Validation v = new Validation();
        v.requireText(request.username(), "username", 64);
        if (request.username() != null && !request.username().matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            v.add(new FieldError("username", "use 2-64 lower-case letters, digits, '.', '_' or '-'"));
        }
        v.requireText(request.displayName(), "displayName", 100);
        v.require(request.roles() != null && !request.roles().isEmpty(), "roles", "at least one role is required");
        if (request.roles() != null && request.roles().contains(Role.AUDITOR)
                && request.roles().stream().anyMatch(Role::isAdministrator)) {
            v.add(new FieldError("roles", "an auditor cannot also be an administrator"));
        }
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
                request.grades() == null ? Set.of() : request.grades(),
                request.classIds() == null ? Set.of() : request.classIds(), clock.instant());
        accounts.store(account);
        return account;
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

    @Transactional
    public UserAccount byUsername(String username) {
        access.require(Permission.ACCOUNT_READ);
        return accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
    }
}
