package org.xinyu.testkit;

import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.xinyu.platform.persistence.XinyuDatabase;

import javax.sql.DataSource;
import java.util.List;

/**
 * Gives the container what the server gives the application in place of
 * {@link org.xinyu.platform.persistence.ServerResources}: the persistence context, the database, the transaction
 * registry, an executor and Bean Validation, as beans of this kit. The application's EJB singletons
 * ({@code @Singleton}, e.g. DatabaseMigration) become {@code @ApplicationScoped} beans, which is how the kit can
 * start them itself.
 */
final class KitExtension implements Extension {

    private static final class DatabaseLiteral extends AnnotationLiteral<XinyuDatabase> implements XinyuDatabase {
    }

    private static final XinyuDatabase DATABASE = new DatabaseLiteral();

    private final KitTransactions transactions;
    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final ManagedExecutorService executor;
    private final ValidatorFactory validation;
    private final List<Class<?>> singletons;

    KitExtension(KitTransactions transactions, EntityManager entityManager, DataSource dataSource,
                 ManagedExecutorService executor, ValidatorFactory validation, List<Class<?>> singletons) {
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.executor = executor;
        this.validation = validation;
        this.singletons = singletons;
    }

    void singletonsAsApplicationScoped(@Observes BeforeBeanDiscovery before) {
        for (Class<?> type : singletons) {
            before.addAnnotatedType(type, "xinyu-kit:" + type.getName())
                    .remove(a -> a.annotationType() == Singleton.class)
                    .add(ApplicationScoped.Literal.INSTANCE);
        }
    }

    void resources(@Observes AfterBeanDiscovery after) {
        after.addBean().types(KitTransactions.class, TransactionSynchronizationRegistry.class, Object.class)
                .scope(jakarta.inject.Singleton.class).createWith(c -> transactions);
        after.addBean().types(EntityManager.class, Object.class)
                .scope(jakarta.inject.Singleton.class).createWith(c -> entityManager);
        after.addBean().types(DataSource.class, Object.class).qualifiers(DATABASE)
                .scope(jakarta.inject.Singleton.class).createWith(c -> dataSource);
        after.addBean().types(ManagedExecutorService.class, Object.class)
                .scope(jakarta.inject.Singleton.class).createWith(c -> executor);
        after.addBean().types(ValidatorFactory.class, Object.class)
                .scope(jakarta.inject.Singleton.class).createWith(c -> validation);
        after.addBean().types(Validator.class, Object.class)
                .scope(jakarta.inject.Singleton.class).createWith(c -> validation.getValidator());
    }
}
