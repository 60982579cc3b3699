package org.xinyu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.ClockProducer;
import org.xinyu.platform.XinyuSettings;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Moving the clock, to show and test what time alone changes (overdue escalation, ageing facts). Only where the
 * clock is movable (xinyu.clock.movable=true); elsewhere there is no such thing (404).
 */
@ApplicationScoped
public class ClockControl {

    /** The clock now, and how far it has been moved from the system clock. */
    public record Reading(Instant now, Duration offset) {
    }

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @Inject
    XinyuSettings settings;

    @UseCase(permission = Permission.CLOCK_MOVE)
    public Reading now() {
        requireMovable();
        return reading();
    }

    @UseCase(permission = Permission.CLOCK_MOVE, audit = AuditAction.CLOCK_MOVE, target = "SYSTEM")
    public Reading move(ClockMove move) {
        requireMovable();
        if (move.by().isNegative()) {
            throw ProblemException.invalid(FieldError.of("by", "clock.backwards", "the clock only moves forward"));
        }
        clocks.movable().moveBy(move.by());
        AuditNote.target("clock");
        AuditNote.detail(move.by().toString());
        return reading();
    }

    private void requireMovable() {
        if (!settings.movableClock()) {
            throw ProblemException.notFound("Resource");
        }
    }

    private Reading reading() {
        return new Reading(clock.instant(), clocks.movable().offset());
    }
}
