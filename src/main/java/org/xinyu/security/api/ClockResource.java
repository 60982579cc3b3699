package org.xinyu.security.api;

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
import org.xinyu.platform.XinyuSettings;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.security.ClockControl;
import org.xinyu.security.ClockMove;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Moving the clock ({@link ClockControl}). Exists only when xinyu.clock.movable=true; a production installation
 * answers 404, whatever the request holds.
 */
@Path("/system/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "System")
public class ClockResource {

    public record ClockDto(String now, String offset) {
        static ClockDto of(ClockControl.Reading reading) {
            return new ClockDto(reading.now().toString(), reading.offset().toString());
        }
    }

    /** {@code by}: an ISO-8601 duration as api.md writes it (P2DT1H). */
    public record MoveDto(String by) {
    }

    @Inject
    ClockControl control;

    @Inject
    XinyuSettings settings;

    @GET
    @Operation(summary = "The server's clock (only where the clock is movable)")
    @Permits(Permission.CLOCK_MOVE)
    public ClockDto get() {
        requireMovable();
        return ClockDto.of(control.now());
    }

    @POST
    @Operation(summary = "Move the server's clock forward by an ISO-8601 duration such as P2DT1H (only where movable)")
    @Permits(Permission.CLOCK_MOVE)
    public ClockDto move(MoveDto body) {
        requireMovable();
        if (body == null || body.by() == null) {
            throw ProblemException.invalid(FieldError.of("by", "required", "is required, e.g. P2DT1H"));
        }
        Duration by;
        try {
            by = Duration.parse(body.by());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(FieldError.of("by", "clock.duration", "must be an ISO-8601 duration such as P2DT1H"));
        }
        return ClockDto.of(control.move(new ClockMove(by)));
    }

    private void requireMovable() {
        if (!settings.movableClock()) {
            throw ProblemException.notFound("Resource");
        }
    }
}
