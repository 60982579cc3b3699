package org.xinyu.security.workbench;

import org.xinyu.audit.AuditAction;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.workbench.AccessDeniedException;
import org.xinyu.platform.workbench.WorkbenchErrorHandler;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.PasswordExpiry;
import org.xinyu.security.Permits;

import java.util.Arrays;

/**
 * Sets up the workbench when Vaadin starts: the guard before every navigation (deny by default), the one
 * error handler of every session, and a silent return to the login page when a session has expired.
 */
@ApplicationScoped
public class WorkbenchSetup {

    @Inject
    AuditTrail audit;

    @Inject
    PasswordExpiry passwordExpiry;

    void onServiceInit(@Observes ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::guard));
        service.addSessionInitListener(init -> init.getSession().setErrorHandler(new WorkbenchErrorHandler()));
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false); // reload at once: the guard then shows the login page
        service.setSystemMessagesProvider(info -> messages);
    }

    /**
     * Signed-out callers go to the login page; a signed-in caller opens a route only with one of the
     * permissions its {@link Permits} names ({@code @Permits({})}: any signed-in caller). A route without
     * {@code @Permits} is refused. Error pages pass.
     */
    void guard(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        AccountPrincipal caller = caller();
        if (target == LoginView.class) {
            if (caller != null) {
                event.forwardTo(HomeView.class);
            }
            return;
        }
        if (caller == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        if (target != ChangePasswordView.class && passwordExpiry.isExpired(caller.accountId())) {
            // an expired password is changed before anything else, as on the API
            event.forwardTo(ChangePasswordView.class);
            return;
        }
        if (!allows(target.getAnnotation(Permits.class), caller)) {
            String path = event.getLocation().getPath();
            audit.denied(AuditAction.WORKBENCH_ROUTE, "ROUTE", path.isEmpty() ? "/" : path, "role lacks permission");
            event.rerouteToError(new AccessDeniedException(path), path);
        }
    }

    static boolean allows(Permits permits, AccountPrincipal caller) {
        if (permits == null) {
            return false;
        }
        return permits.value().length == 0 || Arrays.stream(permits.value()).anyMatch(caller::may);
    }

    /** The signed-in caller of this request, or null. */
    static AccountPrincipal caller() {
        try {
            return SecurityUtils.getSubject().getPrincipal() instanceof AccountPrincipal p ? p : null;
        } catch (UnavailableSecurityManagerException e) {
            return null;
        }
    }
}
