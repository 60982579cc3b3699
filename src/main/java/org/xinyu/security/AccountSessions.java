package org.xinyu.security;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;

/**
 * Ends what an account's old credentials still hold when the account is disabled or its password reset: the
 * remembered credential and the workbench sessions, now and again after the commit (a session that signed in while
 * the change was committing).
 */
@ApplicationScoped
class AccountSessions {

    @Inject
    PasswordHashing hashing;

    @Inject
    SessionRegistry sessions;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    void endAll(UserAccount account) {
        String name = account.username();
        hashing.forget(name);
        sessions.endSessions(account, clock.instant());
        afterCommit(() -> {
            hashing.forget(name);
            sessions.endSessions(name);
        });
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
