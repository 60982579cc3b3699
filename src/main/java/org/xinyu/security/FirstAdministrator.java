package org.xinyu.security;

import org.xinyu.platform.XinyuSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.xinyu.platform.ApplicationStarted;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;
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
    AccountAdministration administration;

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
        // through the use case, as the system: the same checks and audit entry (ACCOUNT_BOOTSTRAP) as any creation
        SystemActor.SYSTEM.call(() -> administration.createFirstAdministrator(username.get(), password.get()));
        LOG.info("Created the first system administrator account.");
    }
}
