package org.xinyu.organisation.api;

import org.xinyu.security.Permits;
import org.xinyu.security.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinyu.organisation.ClassService;
import org.xinyu.organisation.NewClass;
import org.xinyu.organisation.NewSchool;
import org.xinyu.organisation.SchoolService;
import org.xinyu.organisation.SchoolClass;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.rest.Created;
import org.xinyu.platform.rest.PageDto;

import java.util.List;

@Path("/schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class SchoolResource {

    @Inject
    SchoolService schools;

    @Inject
    ClassService classes;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create a school (system administrator)")
    @Permits(Permission.ORGANISATION_MANAGE)
    public Response create(NewSchool body) {
        SchoolDto school = SchoolDto.of(schools.createSchool(body));
        return Created.at(uri, "schools/" + school.code(), school);
    }

    @GET
    @Operation(summary = "List the schools in the caller's scope, paged")
    @Permits(Permission.ORGANISATION_READ)
    public PageDto<SchoolDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(schools.schools(PageRequest.of(page, size)).map(SchoolDto::of));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One school")
    @Permits(Permission.ORGANISATION_READ)
    public SchoolDto get(@PathParam("code") String code) {
        return SchoolDto.of(schools.school(code));
    }

    @POST
    @Path("/{code}/classes")
    @Operation(summary = "Create a class of a school, optionally with its head teacher (system administrator)")
    @Permits(Permission.ORGANISATION_MANAGE)
    public Response createClass(@PathParam("code") String code, NewClass body) {
        SchoolClass created = classes.createClass(code, body);
        return Created.at(uri, "schools/" + code + "/classes/" + created.id(), ClassDto.of(created));
    }

    /** A class's new head teacher: a username, or null for none; {@code version} is the class's, as last read. */
    public record HeadTeacherDto(String headTeacher, Integer version) {
    }

    @PUT
    @Path("/{code}/classes/{classId}/head-teacher")
    @Operation(summary = "Change a class's head teacher (or none): an enabled HEAD_TEACHER account of the school; the class moves "
            + "from the previous head teacher's scope to the new one's; 409 on a stale version (system administrator)")
    @Permits(Permission.ORGANISATION_MANAGE)
    public ClassDto assignHeadTeacher(@PathParam("code") String code, @PathParam("classId") long classId, HeadTeacherDto body) {
        if (body == null) {
            throw ProblemException.invalid(FieldError.of("version", "required", "is required: the version of the class you last read"));
        }
        return ClassDto.of(classes.assignHeadTeacher(code, classId, body.headTeacher(), body.version()));
    }

    @GET
    @Path("/{code}/classes")
    @Operation(summary = "The classes of a school")
    @Permits(Permission.ORGANISATION_READ)
    public List<ClassDto> classes(@PathParam("code") String code) {
        return classes.classes(code).stream().map(ClassDto::of).toList();
    }
}
