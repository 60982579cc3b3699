package org.xinyu.security;

import org.xinyu.platform.XinyuSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletRequest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Whether an account's password has expired (xinyu.password.max-age-days, or an administrator's "change it
 * now"). Asked on every API call: from the sign-in of the same request when there was one, else it reads two
 * columns, not the whole account.
 */
@ApplicationScoped
public class PasswordExpiry {

    @Inject
    EntityManager em;

    @Inject
    XinyuSettings.Login settings;

    @Inject
    Clock clock;

    /** As {@link #isExpired(long)}, but answered from the sign-in of this request when the caller signed in on it. */
    public boolean isExpired(long accountId, ServletRequest request) {
        Boolean atSignIn = SignInOfThisRequest.passwordExpired(request, accountId);
        return atSignIn != null ? atSignIn : isExpired(accountId);
    }

    public boolean isExpired(long accountId) {
        List<Object[]> rows = em.createQuery(
                        "select a.passwordChangeRequired, a.passwordChangedAt from UserAccount a where a.id = :id", Object[].class)
                .setParameter("id", accountId).getResultList();
        if (rows.isEmpty()) {
            return true; // the account is gone: nothing may be done with it
        }
        Object[] row = rows.get(0);
        return UserAccount.isPasswordExpired((Boolean) row[0], (Instant) row[1], clock.instant(), settings.passwordMaxAge());
    }
}
