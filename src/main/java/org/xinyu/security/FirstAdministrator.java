package org.xinyu.security;

import org.xinyu.platform.XinyuSettings;
import org.xinyu.audit.AuditAction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.xinyu.platform.ApplicationStarted;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Production has no default accounts. On a database with no account at all, the first system administrator
 * is created once from XINYU_BOOTSTRAP_ADMIN and XINYU_BOOTSTRAP_ADMIN_PASSWORD (the password must meet the
 * policy); afterwards these settings are ignored and should be removed.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    XinyuSettings.Bootstrap bootstrap;

    @Inject
    AccountStore accounts;

    @Inject
    AccountService service;

    @Inject
    AuditTrail audit;

    void onStart(@Observes @Priority(ApplicationStarted.ACCOUNTS) ApplicationStarted started) {
        if (!started.demo()) {
            createIfNone();
        }
    }

    @Transactional
    public void createIfNone() {
        Optional<String> username = bootstrap.admin();
        Optional<String> password = bootstrap.adminPassword();
        if (accounts.count() > 0 || username.isEmpty() || password.isEmpty()) {
            if (accounts.count() == 0) {
                LOG.warning("No accounts exist. Set XINYU_BOOTSTRAP_ADMIN and XINYU_BOOTSTRAP_ADMIN_PASSWORD to create the first administrator.");
            }
            return;
        }
        UserAccount admin = service.createUnchecked(new AccountService.NewAccount(username.get(), username.get(),
                password.get(), Set.of(Role.SYSTEM_ADMIN), null, Set.of(), Set.of()));
        audit.success(AuditAction.ACCOUNT_BOOTSTRAP, "ACCOUNT", admin.id(), "first system administrator");
        LOG.info("Created the first system administrator account.");
    }
}
