package org.xinyu.casework.api;

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
import org.xinyu.casework.AssessmentService;
import org.xinyu.casework.CaseFileService;
import org.xinyu.casework.CaseHistory;
import org.xinyu.casework.CaseQueue;
import org.xinyu.casework.CaseStatus;
import org.xinyu.casework.FollowUpCompletion;
import org.xinyu.casework.FollowUpService;
import org.xinyu.casework.HomeVisitRecord;
import org.xinyu.casework.HomeVisitService;
import org.xinyu.casework.NewAssessment;
import org.xinyu.casework.NewHomeVisit;
import org.xinyu.casework.NewReferral;
import org.xinyu.casework.Priority;
import org.xinyu.casework.Referral;
import org.xinyu.casework.ReferralService;
import org.xinyu.casework.ReferralUpdate;
import org.xinyu.casework.RiskAssessment;
import org.xinyu.organisation.SchoolDirectory;
import org.xinyu.organisation.School;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.rest.Created;
import org.xinyu.platform.rest.PageDto;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseResource {

    @Inject
    CaseFileService cases;

    @Inject
    CaseQueue queue;

    @Inject
    FollowUpService followUps;

    @Inject
    AssessmentService assessments;

    @Inject
    HomeVisitService homeVisits;

    @Inject
    ReferralService referrals;

    @Inject
    CaseHistory history;

    @Inject
    SchoolDirectory organisation;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The caller's case queue: highest priority first, then earliest due follow-up; paged; filters priority, "
            + "status (OPEN unless given; ALL), overdue, schoolCode or schoolId, grade, classId, q (name or student number)")
    @Permits(Permission.CASE_READ)
    public PageDto<QueueItemDto> queue(@QueryParam("priority") String priority, @QueryParam("status") String status,
                                       @QueryParam("overdue") String overdue, @QueryParam("schoolCode") String schoolCode,
                                       @QueryParam("schoolId") Long schoolId,
                                       @QueryParam("grade") Integer grade, @QueryParam("classId") Long classId,
                                       @QueryParam("q") String query, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        CaseQueue.QueueFilter filter = new CaseQueue.QueueFilter(parse(Priority.class, priority, "priority"),
                status == null ? CaseStatus.OPEN : "ALL".equals(status) ? null : parse(CaseStatus.class, status, "status", "ALL"),
                flag(overdue, "overdue"), school(schoolCode, schoolId), grade, classId, query);
        return PageDto.of(queue.queue(filter, PageRequest.of(page, size)).map(QueueItemDto::of));
    }

    @GET
    @Path("/counts")
    @Operation(summary = "Open cases per priority in the caller's scope")
    @Permits(Permission.CASE_READ)
    public Map<Priority, Long> counts() {
        return queue.countsByPriority(CaseQueue.QueueFilter.open());
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
    public CaseDto complete(@PathParam("caseId") long caseId, @PathParam("followUpId") long followUpId, FollowUpCompletion body) {
        // the note is optional, and so is the body that carries it
        followUps.complete(caseId, followUpId, body == null ? FollowUpCompletion.WITHOUT_NOTE : body);
        return CaseDto.of(cases.view(caseId));
    }

    @POST
    @Path("/{caseId}/assessments")
    @Operation(summary = "Record a counsellor's risk assessment; its conclusion becomes the case's floor")
    @Permits(Permission.ASSESSMENT_WRITE)
    public Response assess(@PathParam("caseId") long caseId, NewAssessment body) {
        RiskAssessment a = assessments.assess(caseId, body);
        return Created.at(uri, "cases/" + caseId + "/assessments/" + a.id(), CaseDto.of(cases.view(caseId)));
    }

    @POST
    @Path("/{caseId}/home-visits")
    @Operation(summary = "Log a home visit for the case's student")
    @Permits(Permission.HOME_VISIT_WRITE)
    public Response homeVisit(@PathParam("caseId") long caseId, NewHomeVisit body) {
        HomeVisitRecord v = homeVisits.recordForCase(caseId, body);
        return Created.at(uri, "cases/" + caseId + "/home-visits/" + v.id(), HomeVisitDto.of(v));
    }

    @POST
    @Path("/{caseId}/referrals")
    @Operation(summary = "Refer the student to an institution (with the parents' consent recorded)")
    @Permits(Permission.REFERRAL_WRITE)
    public Response refer(@PathParam("caseId") long caseId, NewReferral body) {
        Referral r = referrals.refer(caseId, body);
        return Created.at(uri, "cases/" + caseId + "/referrals/" + r.id(), CaseDto.of(cases.view(caseId)));
    }

    @PUT
    @Path("/{caseId}/referrals/{referralId}")
    @Operation(summary = "Update a referral's status and/or feedback (tracking feedback)")
    @Permits(Permission.REFERRAL_WRITE)
    public CaseDto updateReferral(@PathParam("caseId") long caseId, @PathParam("referralId") long referralId,
                                  ReferralUpdate body) {
        referrals.update(caseId, referralId, body);
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
                .orElseThrow(() -> ProblemException.invalid(FieldError.of("schoolCode", "case.unknownSchool",
                        "unknown school " + schoolCode.trim(), schoolCode.trim())));
        if (schoolId != null && schoolId != byCode) {
            throw ProblemException.invalid(FieldError.of("schoolCode", "case.otherSchool",
                    "names a different school from schoolId " + schoolId, schoolId));
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
            default -> throw ProblemException.invalid(FieldError.of(field, "boolean", "must be true or false"));
        };
    }

    /**
     * A query parameter naming an enum constant; another value is a 400 {@code oneOf} listing the constants (and any
     * {@code extra} values the parameter also takes, such as {@code ALL}).
     */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String... extra) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            allowed.addAll(List.of(extra));
            throw ProblemException.invalid(FieldError.oneOf(field, allowed));
        }
    }
}
