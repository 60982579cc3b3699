package org.xinyu.student.api;

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
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.rest.Created;
import org.xinyu.platform.rest.PageDto;
import org.xinyu.student.CircumstancesChange;
import org.xinyu.student.NewStudent;
import org.xinyu.student.StudentDirectory;
import org.xinyu.student.StudentFilter;
import org.xinyu.student.StudentService;

import java.util.Set;

@Path("/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Students")
public class StudentResource {

    @Inject
    StudentService students;

    @Inject
    StudentDirectory directory;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create a student (system administrator; head teacher for own class)")
    @Permits(Permission.STUDENT_CREATE)
    public Response create(NewStudent body) {
        StudentDto created = StudentDto.of(students.create(body), directory.graduatingGrades());
        return Created.at(uri, "students/" + created.id(), created);
    }

    @GET
    @Operation(summary = "Students in the caller's scope, paged; filter by school, grade, class, name or number")
    @Permits(Permission.STUDENT_READ)
    public PageDto<StudentDto> list(@QueryParam("schoolCode") String schoolCode, @QueryParam("grade") Integer grade,
                                    @QueryParam("classNo") Integer classNo, @QueryParam("q") String query,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Set<Integer> graduating = directory.graduatingGrades();
        return PageDto.of(students.list(new StudentFilter(schoolCode, grade, classNo, query),
                PageRequest.of(page, size)).map(s -> StudentDto.of(s, graduating)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One student, with the derived graduating year and family circumstances")
    @Permits(Permission.STUDENT_READ)
    public StudentDto get(@PathParam("id") long id) {
        return StudentDto.of(students.get(id), directory.graduatingGrades());
    }

    @PUT
    @Path("/{id}/circumstances")
    @Operation(summary = "Replace the student's family circumstances (re-evaluates the rules)")
    @Permits(Permission.CIRCUMSTANCES_WRITE)
    public StudentDto replaceCircumstances(@PathParam("id") long id, CircumstancesChange body) {
        return StudentDto.of(students.replaceCircumstances(id, body), directory.graduatingGrades());
    }
}
