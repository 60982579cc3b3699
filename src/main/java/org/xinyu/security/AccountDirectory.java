package org.xinyu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.platform.XinyuSettings;
import jakarta.transaction.Transactional;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reading the accounts, for the system administrator and the auditor (ACCOUNT_READ). Not audited, as before: the
 * list shows identities and roles, no record about a student.
 */
@ApplicationScoped
public class AccountDirectory {

    @Inject
    AccountStore accounts;

    @Inject
    Clock clock;

    @Inject
    XinyuSettings.Login settings;

    @Transactional
    @UseCase(permission = Permission.ACCOUNT_READ)
    public List<UserAccount> page(int page, int size) {
        return accounts.page(page, size);
    }

    @Transactional
    @UseCase(permission = Permission.ACCOUNT_READ)
    public long count() {
        return accounts.count();
    }

    /** A page of the accounts matching the filter, by username, each with its state. */
    @Transactional
    @UseCase(permission = Permission.ACCOUNT_READ)
    public Page<AccountSummary> search(AccountFilter filter, PageRequest page) {
        AccountStore.Criteria criteria = criteria(filter);
        Instant now = clock.instant();
        List<AccountSummary> items = accounts.search(criteria, page.offset(), page.size()).stream()
                .map(a -> summary(a, now)).toList();
        return new Page<>(items, accounts.count(criteria), page.page(), page.size());
    }

    /** How many accounts match the filter. */
    @Transactional
    @UseCase(permission = Permission.ACCOUNT_READ)
    public long count(AccountFilter filter) {
        return accounts.count(criteria(filter));
    }

    @Transactional
    @UseCase(permission = Permission.ACCOUNT_READ)
    public UserAccount byUsername(String username) {
        return accounts.byUsername(username).orElseThrow(() -> ProblemException.notFound("Account"));
    }

    private static AccountStore.Criteria criteria(AccountFilter filter) {
        AccountFilter f = filter == null ? AccountFilter.ALL : filter;
        return new AccountStore.Criteria(f.text(), f.role(), f.schoolId());
    }

    private AccountSummary summary(UserAccount a, Instant now) {
        return new AccountSummary(a.id(), a.username(), a.displayName(), a.roles(), a.schoolId(), a.grades(), a.classIds(),
                AccountState.of(a.enabled(), a.isLockedAt(now), a.isPasswordExpiredAt(now, settings.passwordMaxAge())));
    }
}
