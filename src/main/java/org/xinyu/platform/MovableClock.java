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
    /** An instant this thread alone reads instead (see {@link #at}); shared with the zoned copies. */
    private final ThreadLocal<Instant> fixed;

    public MovableClock(Clock base) {
        this(base, new ThreadLocal<>());
    }

    private MovableClock(Clock base, ThreadLocal<Instant> fixed) {
        this.base = base;
        this.fixed = fixed;
    }

    /**
     * Runs {@code work} on this thread with the clock standing at {@code instant}; other threads keep the real time.
     * For recording a past event as it happened (the demo district's history): the services stamp and evaluate it
     * at that moment.
     */
    public void at(Instant instant, Runnable work) {
        Instant before = fixed.get();
        fixed.set(instant);
        try {
            work.run();
        } finally {
            if (before == null) {
                fixed.remove();
            } else {
                fixed.set(before);
            }
        }
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
        MovableClock moved = new MovableClock(base.withZone(zone), fixed);
        moved.offset.set(offset.get());
        return moved;
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        if (at != null) {
            return at;
        }
        return base.instant().plus(offset.get());
    }
}
