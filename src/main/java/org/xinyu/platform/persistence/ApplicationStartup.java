package org.xinyu.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.xinyu.platform.ApplicationStarted;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.XinyuSettings;

/** After migration: lets each feature prepare itself (accounts, rules, demo data), in a fixed order. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    @Inject
    Event<ApplicationStarted> started;

    @Inject
    XinyuSettings settings;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // lifecycle callbacks ignore the class-level attribute
    void start() {
        RequestContext.system(RequestContext.SYSTEM);
        try {
            started.fire(new ApplicationStarted(settings.demo()));
        } finally {
            RequestContext.end();
        }
    }
}
