package org.xinyu.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;

/**
 * The server's resources as CDI beans: every class takes them with {@code @Inject}, never with
 * {@code @PersistenceContext} or {@code @Resource}, so that the test kit (org.xinyu.testkit) can replace this one
 * class with its own producers and run the application services outside Payara. In the server these are the
 * same container objects as before: a transaction-scoped persistence context, the JTA registry, the default
 * managed executors.
 */
@ApplicationScoped
public class ServerResources {

    @Produces
    @PersistenceContext(unitName = "xinyu")
    EntityManager entityManager;

    @Produces
    @XinyuDatabase
    @Resource(lookup = "jdbc/xinyu")
    DataSource dataSource;

    @Produces
    @Resource
    TransactionSynchronizationRegistry transactionRegistry;

    /**
     * Container threads, on which a transaction and a persistence context work as on a request thread. Each
     * executor is typed as itself only: a scheduled executor is also a ManagedExecutorService, and two beans of
     * that type would make {@code @Inject ManagedExecutorService} ambiguous.
     */
    @Produces
    @Typed(ManagedExecutorService.class)
    @Resource
    ManagedExecutorService executor;

    @Produces
    @Typed(ManagedScheduledExecutorService.class)
    @Resource
    ManagedScheduledExecutorService scheduledExecutor;
}
