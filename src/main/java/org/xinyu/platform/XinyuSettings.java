package org.xinyu.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's settings, read through MicroProfile Config: each can be given as a system property
 * ({@code -Dxinyu.demo=true}) or an environment variable ({@code XINYU_DEMO=true}). README lists them all.
 */
@ApplicationScoped
public class XinyuSettings {

    @Inject
    @ConfigProperty(name = "xinyu.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "xinyu.allow-embedded-database", defaultValue = "false")
    boolean allowEmbeddedDatabase;

    @Inject
    @ConfigProperty(name = "xinyu.clock.movable", defaultValue = "false")
    boolean movableClock;

    @Inject
    @ConfigProperty(name = "xinyu.demo.seed", defaultValue = "20261129")
    long demoSeed;

    @Inject
    @ConfigProperty(name = "xinyu.sweep.interval-minutes", defaultValue = "15")
    int sweepIntervalMinutes;

    /** Pages a sweep evaluates at once; 0 means one per processor core. */
    @Inject
    @ConfigProperty(name = "xinyu.sweep.workers", defaultValue = "0")
    int sweepWorkers;

    public boolean demo() {
        return demo;
    }

    public boolean allowEmbeddedDatabase() {
        return allowEmbeddedDatabase;
    }

    /** Only test and demo installations may move the clock (used to show time-based rules). */
    public boolean movableClock() {
        return movableClock;
    }

    public long demoSeed() {
        return demoSeed;
    }

    public int sweepIntervalMinutes() {
        return sweepIntervalMinutes;
    }

    public int sweepWorkers() {
        return sweepWorkers > 0 ? sweepWorkers : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
