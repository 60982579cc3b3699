package org.xinyu.rules.api;

import org.xinyu.audit.AuditAction;
import org.xinyu.platform.EvaluationTrigger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinyu.audit.AuditTrail;
import org.xinyu.rules.Sweep;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;

@Path("/system/sweep")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System")
public class SweepResource {

    @Inject
    Sweep sweep;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @POST
    @Operation(summary = "Run the time-based sweep now instead of waiting for its interval; answers counts only")
    @Permits(Permission.SWEEP_RUN)
    public Sweep.Result run() {
        access.require(Permission.SWEEP_RUN);
        Sweep.Result result = sweep.runAll(EvaluationTrigger.SWEEP);
        audit.success(AuditAction.SWEEP_RUN, "SYSTEM", "sweep", result.students() + " students, " + result.changed() + " changed");
        return result;
    }
}
