package org.xinyu.rules;

import org.xinyu.platform.EvaluationTrigger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.XinyuSettings;
import org.xinyu.platform.persistence.Leases;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Schedules the sweep on every instance (non-persistent), and lets only the holder of the "sweep" lease run
 * it, so a cluster sweeps once per interval and a dead instance's turn passes to another.
 */
@Startup
@Singleton
@DependsOn("ApplicationStartup")
public class SweepScheduler {

    private static final Logger LOG = Logger.getLogger(SweepScheduler.class.getName());
    private final String instance = UUID.randomUUID().toString();

    @Inject
    ManagedScheduledExecutorService executor;

    @Inject
    Sweep sweep;

    @Inject
    Leases leases;

    @Inject
    XinyuSettings settings;

    @Inject
    Clock clock;

    private ScheduledFuture<?> scheduled;

    @PostConstruct
    void schedule() {
        long minutes = settings.sweep().interval().toMinutes();
        scheduled = executor.scheduleWithFixedDelay(this::runIfLeader, minutes, minutes, TimeUnit.MINUTES);
    }

    void runIfLeader() {
        Duration interval = settings.sweep().interval();
        try {
            if (leases.tryAcquire("sweep", instance, clock.instant(), interval.multipliedBy(2))) {
                RequestContext.system("sweep");
                sweep.runAll(EvaluationTrigger.SWEEP);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The scheduled sweep failed; it runs again at the next interval", e);
        } finally {
            RequestContext.end();
        }
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
