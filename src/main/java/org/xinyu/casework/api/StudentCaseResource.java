package org.xinyu.casework.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.xinyu.casework.CaseFileService;
import org.xinyu.casework.HomeVisitRecord;
import org.xinyu.casework.HomeVisitService;
import org.xinyu.casework.NewHomeVisit;
import org.xinyu.platform.rest.Created;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;

import java.util.List;

@Path("/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class StudentCaseResource {

    @Inject
    CaseFileService cases;

    @Inject
    HomeVisitService homeVisits;

    @Context
    UriInfo uri;

    @GET
    @Path("/{id}/case")
    @Operation(summary = "The student's case; 404 if the student has none")
    @Permits(Permission.CASE_READ)
    public CaseDto caseOf(@PathParam("id") long studentId) {
        return CaseDto.of(cases.viewOfStudent(studentId));
    }

    @POST
    @Path("/{id}/home-visits")
    @Operation(summary = "Log a home visit for any student (case or not)")
    @Permits(Permission.HOME_VISIT_WRITE)
    public Response homeVisit(@PathParam("id") long studentId, NewHomeVisit body) {
        HomeVisitRecord v = homeVisits.recordForStudent(studentId, body);
        return Created.at(uri, "students/" + studentId + "/home-visits/" + v.id(), HomeVisitDto.of(v));
    }
}
