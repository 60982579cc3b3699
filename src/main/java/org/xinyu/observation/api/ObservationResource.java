package org.xinyu.observation.api;

import org.xinyu.security.Permits;
import org.xinyu.security.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinyu.observation.NewObservation;
import org.xinyu.observation.ObservationService;
import org.xinyu.platform.rest.Created;

@Path("/students/{id}/observations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facts")
public class ObservationResource {

    @Inject
    ObservationService observations;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Record a teacher's observation; re-evaluates the student")
    @Permits(Permission.OBSERVATION_WRITE)
    public Response record(@PathParam("id") long studentId, NewObservation body) {
        ObservationDto stored = ObservationDto.of(observations.record(studentId, body));
        return Created.at(uri, "students/" + studentId + "/observations/" + stored.id(), stored);
    }
}
