package org.xinyu.casework.api;

import org.xinyu.platform.problem.MultiLine;
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
import org.xinyu.casework.CaseHistory;
import org.xinyu.casework.CaseService;
import org.xinyu.casework.CaseStatus;
import org.xinyu.casework.HomeVisitRecord;
import org.xinyu.casework.Priority;
import org.xinyu.casework.Referral;
import org.xinyu.casework.RiskAssessment;
import org.xinyu.organisation.SchoolDirectory;
import org.xinyu.organisation.School;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.rest.Created;
import org.xinyu.platform.rest.PageDto;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;

import java.util.List;
import java.util.Map;

@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    CaseHistory history;

    @Inject
    SchoolDirectory organisation;

    @Context
    UriInfo uri;

    public record CompleteDto(@MultiLine String note) {
    }

    @GET
    @Operation(summary = "The caller's case queue: highest priority first, then earliest due follow-up; paged; filters priority, "
            + "status (OPEN unless given; ALL), overdue, schoolCode or schoolId, grade, classId, q (name or student number)")
    @Permits(Permission.CASE_READ)
    public PageDto<QueueItemDto> queue(@QueryParam("priority") String priority, @QueryParam("status") String status,
                                       @QueryParam("overdue") String overdue, @QueryParam("schoolCode") String schoolCode,
                                       @QueryParam("schoolId") Long schoolId,
                                       @QueryParam("grade") Integer grade, @QueryParam("classId") Long classId,
                                       @QueryParam("q") String query, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        CaseService.QueueFilter filter = new CaseService.QueueFilter(parse(Priority.class, priority, "priority"),
                status == null ? CaseStatus.OPEN : "ALL".equals(status) ? null : parse(CaseStatus.class, status, "status"),
                flag(overdue, "overdue"), school(schoolCode, schoolId), grade, classId, query);
        return PageDto.of(cases.queue(filter, PageRequest.of(page, size)).map(QueueItemDto::of));
    }

    @GET
    @Path("/counts")
    @Operation(summary = "Open cases per priority in the caller's scope")
    @Permits(Permission.CASE_READ)
    public Map<Priority, Long> counts() {
        return cases.countsByPriority(CaseService.QueueFilter.open());
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "One case (audited read)")
    @Permits(Permission.CASE_READ)
    public CaseDto get(@PathParam("caseId") long caseId) {
        return CaseDto.of(cases.view(caseId));
    }

    @GET
    @Path("/{caseId}/history")
    @Operation(summary = "The case's whole timeline: facts, evaluations (with rule-set version and fired rules), changes and accesses, oldest first")
    @Permits(Permission.CASE_READ)
    public List<CaseHistory.Entry> history(@PathParam("caseId") long caseId) {
        return history.of(caseId);
    }

    @POST
    @Path("/{caseId}/followups/{followUpId}/complete")
    @Operation(summary = "Complete a follow-up with a note (re-evaluates the student)")
    @Permits(Permission.FOLLOW_UP_COMPLETE)
    public CaseDto complete(@PathParam("caseId") long caseId, @PathParam("followUpId") long followUpId, CompleteDto body) {
        cases.completeFollowUp(caseId, followUpId, body == null ? null : body.note());
        return CaseDto.of(cases.view(caseId));
    }

    @POST
    @Path("/{caseId}/assessments")
    @Operation(summary = "Record a counsellor's risk assessment; its conclusion becomes the case's floor")
    @Permits(Permission.ASSESSMENT_WRITE)
    public Response assess(@PathParam("caseId") long caseId, CaseService.NewAssessment body) {
        RiskAssessment a = cases.assess(caseId, body);
        return Created.at(uri, "cases/" + caseId + "/assessments/" + a.id(), CaseDto.of(cases.view(caseId)));
    }

    @POST
    @Path("/{caseId}/home-visits")
    @Operation(summary = "Log a home visit for the case's student")
    @Permits(Permission.HOME_VISIT_WRITE)
    public Response homeVisit(@PathParam("caseId") long caseId, CaseService.NewHomeVisit body) {
        HomeVisitRecord v = cases.recordHomeVisitForCase(caseId, body);
        return Created.at(uri, "cases/" + caseId + "/home-visits/" + v.id(), HomeVisitDto.of(v));
    }

    @POST
    @Path("/{caseId}/referrals")
    @Operation(summary = "Refer the student to an institution (with the parents' consent recorded)")
    @Permits(Permission.REFERRAL_WRITE)
    public Response refer(@PathParam("caseId") long caseId, CaseService.NewReferral body) {
        Referral r = cases.refer(caseId, body);
        return Created.at(uri, "cases/" + caseId + "/referrals/" + r.id(), CaseDto.of(cases.view(caseId)));
    }

    @PUT
    @Path("/{caseId}/referrals/{referralId}")
    @Operation(summary = "Update a referral's status and/or feedback (tracking feedback)")
    @Permits(Permission.REFERRAL_WRITE)
    public CaseDto updateReferral(@PathParam("caseId") long caseId, @PathParam("referralId") long referralId,
                                  CaseService.ReferralUpdate body) {
        cases.updateReferral(caseId, referralId, body);
        return CaseDto.of(cases.view(caseId));
    }

    @POST
    @Path("/{caseId}/close")
    @Operation(summary = "Close a case whose priority has returned to NONE")
    @Permits(Permission.CASE_CLOSE)
    public CaseDto close(@PathParam("caseId") long caseId) {
        cases.close(caseId);
        return CaseDto.of(cases.view(caseId));
    }

    /**
     * The school to filter by: {@code schoolCode} resolved to its id, or {@code schoolId}; both only when they name
     * the same school. An unknown code is bad input (400), not an empty queue. Scope is the service's concern: a
     * school outside the caller's scope gives an empty queue, as with {@code schoolId}.
     */
    private Long school(String schoolCode, Long schoolId) {
        if (schoolCode == null || schoolCode.isBlank()) {
            return schoolId;
        }
        long byCode = organisation.findSchool(schoolCode.trim()).map(School::id)
                .orElseThrow(() -> ProblemException.invalid("schoolCode", "unknown school " + schoolCode.trim()));
        if (schoolId != null && schoolId != byCode) {
            throw ProblemException.invalid("schoolCode", "names a different school from schoolId " + schoolId);
        }
        return byCode;
    }

    /** JAX-RS reads any text but "true" as false ({@code overdue=yes} filtered as overdue=false); here it is a 400 naming the field. */
    static Boolean flag(String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(field, "must be true or false");
        };
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "unknown value " + value);
        }
    }
}
