package org.xinyu.security;

import org.xinyu.platform.XinyuSettings;
import org.xinyu.audit.AuditAction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.servlet.AdviceFilter;
import org.xinyu.audit.AuditTrail;

/**
 * Ends a workbench session whose account was disabled, or whose sessions were revoked (a reset password, a class
 * taken from its head teacher), by any instance of a cluster. The instance that made the change ends the sessions
 * it holds at once ({@link SessionRegistry}); every other instance finds out here, from the shared database, at the
 * session's next request after at most {@code xinyu.session.recheck-seconds} (default 5) since its last check. Only
 * one small query per session and interval, however many requests the workbench makes.
 *
 * <p>The session's sign-in moment is compared with the revocation's: instances' clocks must agree (NTP) to well
 * under the recheck interval.
 */
public class SessionRevocationFilter extends AdviceFilter {

    static final String CHECKED = "xinyu.session.standingCheckedAt";

    @Override
    protected boolean preHandle(ServletRequest request, ServletResponse response) {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated() || !(subject.getPrincipal() instanceof AccountPrincipal principal)) {
            return true;
        }
        Session session = subject.getSession(false);
        if (session == null || !(session.getAttribute(SessionLifetimeFilter.STARTED) instanceof Instant signedInAt)) {
            return true; // not yet marked as signed in: SessionLifetimeFilter (before this one) marks it
        }
        Instant now = CDI.current().select(Clock.class).get().instant();
        if (session.getAttribute(CHECKED) instanceof Instant checkedAt && now.isBefore(checkedAt.plus(recheckInterval()))) {
            return true;
        }
        Optional<SessionStanding> standing = CDI.current().select(AccountStore.class).get().sessionStanding(principal.accountId());
        if (standing.isPresent() && standing.get().allowsSessionSignedInAt(signedInAt)) {
            session.setAttribute(CHECKED, now);
            return true;
        }
        CDI.current().select(AuditTrail.class).get().failureIndependently(AuditAction.SESSION_REVOKED, "ACCOUNT", principal.accountId(),
                standing.isEmpty() ? "account no longer exists" : standing.get().enabled() ? "sessions revoked" : "account disabled");
        subject.logout();
        return true;
    }

    private static Duration recheckInterval() {
        return CDI.current().select(XinyuSettings.class).get().sessions().recheckInterval();
    }
}
