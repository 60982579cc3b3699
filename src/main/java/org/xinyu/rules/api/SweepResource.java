package org.xinyu.rules.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinyu.rules.Sweep;
import org.xinyu.rules.SweepNow;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;

@Path("/system/sweep")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System")
public class SweepResource {

    @Inject
    SweepNow sweep;

    @POST
    @Operation(summary = "Run the time-based sweep now instead of waiting for its interval; answers counts only")
    @Permits(Permission.SWEEP_RUN)
    public Sweep.Result run() {
        return sweep.run();
    }
}
