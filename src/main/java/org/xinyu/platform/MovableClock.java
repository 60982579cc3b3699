package org.xinyu.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's one clock: the system clock plus an offset that only a test or demo installation
 * may move ({@code xinyu.clock.movable=true}). Everything time-dependent takes this as its {@link Clock}.
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public MovableClock(Clock base) {
        this.base = base;
    }

    public void moveBy(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock moved = new MovableClock(base.withZone(zone));
        moved.offset.set(offset.get());
        return moved;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
