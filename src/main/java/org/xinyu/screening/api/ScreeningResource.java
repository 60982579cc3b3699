package org.xinyu.screening.api;

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
import org.xinyu.platform.rest.Created;
import org.xinyu.screening.NewScreening;
import org.xinyu.screening.ScreeningService;

@Path("/students/{id}/screenings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facts")
public class ScreeningResource {

    @Inject
    ScreeningService screenings;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Record a screening result (PHQ9, PHQA, GAD7); scored on the server; re-evaluates the student")
    @Permits(Permission.SCREENING_WRITE)
    public Response record(@PathParam("id") long studentId, NewScreening body) {
        ScreeningDto stored = ScreeningDto.of(screenings.record(studentId, body));
        return Created.at(uri, "students/" + studentId + "/screenings/" + stored.id(), stored);
    }
}
