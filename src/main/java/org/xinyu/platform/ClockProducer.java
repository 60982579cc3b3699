package org.xinyu.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Produces the single {@link Clock} every service is given (UTC; the workbench shows Asia/Shanghai). */
@ApplicationScoped
public class ClockProducer {

    private final MovableClock clock = new MovableClock(Clock.systemUTC());

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return clock;
    }

    public MovableClock movable() {
        return clock;
    }
}
