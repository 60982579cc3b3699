package org.xinyu.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/** Produces the single {@link Clock} every service is given (UTC; the workbench shows Asia/Shanghai). */
@ApplicationScoped
public class ClockProducer {

    /** Milliseconds: the precision every database keeps, so an instant read back equals the one written. */
    private final MovableClock clock = new MovableClock(Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)));

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return clock;
    }

    public MovableClock movable() {
        return clock;
    }
}
