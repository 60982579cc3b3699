package org.xinyu.security.api;

import org.xinyu.audit.AuditAction;
import org.xinyu.security.Permits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.ClockProducer;
import org.xinyu.platform.XinyuSettings;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Moving the clock, to show and test what time alone changes (overdue escalation, ageing facts).
 * Exists only when xinyu.clock.movable=true; a production installation answers 404.
 */
@Path("/system/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "System")
public class ClockResource {

    public record ClockDto(String now, String offset) {
    }

    public record MoveDto(String by) {
    }

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @Inject
    XinyuSettings settings;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "The server's clock (only where the clock is movable)")
    @Permits(Permission.CLOCK_MOVE)
    public ClockDto get() {
        requireMovable();
        access.require(Permission.CLOCK_MOVE);
        return new ClockDto(clock.instant().toString(), clocks.movable().offset().toString());
    }

    @POST
    @Operation(summary = "Move the server's clock forward by an ISO-8601 duration such as P2DT1H (only where movable)")
    @Permits(Permission.CLOCK_MOVE)
    public ClockDto move(MoveDto body) {
        requireMovable();
        access.require(Permission.CLOCK_MOVE);
        if (body == null || body.by() == null) {
            throw ProblemException.invalid("by", "is required, e.g. P2DT1H");
        }
        Duration by;
        try {
            by = Duration.parse(body.by());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("by", "must be an ISO-8601 duration such as P2DT1H");
        }
        if (by.isNegative()) {
            throw ProblemException.invalid("by", "the clock only moves forward");
        }
        clocks.movable().moveBy(by);
        audit.success(AuditAction.CLOCK_MOVE, "SYSTEM", "clock", by.toString());
        return get();
    }

    private void requireMovable() {
        if (!settings.movableClock()) {
            throw ProblemException.notFound("Resource");
        }
    }
}
