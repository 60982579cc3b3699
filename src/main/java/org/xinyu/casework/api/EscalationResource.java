package org.xinyu.casework.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinyu.casework.EscalationQueue;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;

import java.util.List;

@Path("/escalations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class EscalationResource {

    @Inject
    EscalationQueue escalations;

    @GET
    @Operation(summary = "Overdue follow-ups escalated to the caller (grade leader: the grade; school leader and counsellor: the school)")
    @Permits(Permission.ESCALATION_READ)
    public List<EscalationQueue.EscalationItem> escalations() {
        return escalations.escalations();
    }
}
