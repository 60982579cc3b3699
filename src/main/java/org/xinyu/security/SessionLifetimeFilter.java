package org.xinyu.security;

import org.xinyu.platform.XinyuSettings;
import org.xinyu.audit.AuditAction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.servlet.AdviceFilter;
import org.xinyu.audit.AuditTrail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A workbench session lives at most {@code xinyu.session.absolute-hours} (default 8) from sign-in, however
 * active it is (the idle timeout of 15 minutes is the servlet session timeout). Past that it is ended and
 * the workbench's guard sends the person back to the login page.
 */
public class SessionLifetimeFilter extends AdviceFilter {

    static final String STARTED = "xinyu.session.startedAt";

    @Override
    protected boolean preHandle(ServletRequest request, ServletResponse response) {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            return true;
        }
        Session session = subject.getSession(false);
        if (session == null) {
            return true;
        }
        Instant now = CDI.current().select(Clock.class).get().instant();
        Object started = session.getAttribute(STARTED);
        if (!(started instanceof Instant startedAt)) {
            session.setAttribute(STARTED, now);
            return true;
        }
        Duration lifetime = CDI.current().select(XinyuSettings.class).get().sessions().absoluteLifetime();
        if (now.isAfter(startedAt.plus(lifetime))) {
            CDI.current().select(AuditTrail.class).get().failureIndependently(AuditAction.SESSION_EXPIRED, "ACCOUNT",
                    subject.getPrincipal() instanceof AccountPrincipal p ? p.accountId() : null, "absolute session lifetime reached");
            subject.logout();
        }
        return true;
    }
}
