package org.xinyu.auditing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinyu.audit.AuditEntry;
import org.xinyu.audit.AuditQuery;
import org.xinyu.audit.ChainVerification;
import org.xinyu.auditing.AuditingService;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.rest.PageDto;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;

/** The audit trail, for the auditor: search it and check that its hash chain is intact. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    /** An entry as the API shows it; {@code at} is an ISO-8601 instant (UTC). */
    public record EntryDto(long id, String at, String actor, String action, String targetType, String targetId,
                           String outcome, String clientAddress, String requestId, String detail,
                           String prevHash, String hash) {
        static EntryDto of(AuditEntry e) {
            return new EntryDto(e.id(), e.at().toString(), e.actor(), e.action(), e.targetType(), e.targetId(),
                    e.outcome(), e.clientAddress(), e.requestId(), e.detail(), e.prevHash(), e.hash());
        }
    }

    /** Built by hand so that {@code firstBroken: null} is stated, not left out. */
    static JsonObject verification(ChainVerification v) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("valid", v.valid()).add("entries", v.entries());
        nullable(json, "firstBroken", v.firstBroken());
        nullable(json, "firstId", v.firstId());
        nullable(json, "lastId", v.lastId());
        return json.add("millis", v.millis()).build();
    }

    private static void nullable(JsonObjectBuilder json, String name, Long value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    @Inject
    AuditingService auditing;

    @GET
    @Operation(summary = "Search the audit trail, newest first (auditor). from inclusive, to exclusive; "
            + "dates are whole days in Beijing time; subject is TYPE:id, TYPE: or a bare id")
    @Permits(Permission.AUDIT_READ)
    public PageDto<EntryDto> search(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("actor") String actor, @QueryParam("subject") String subject,
                                    @QueryParam("action") String action, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        AuditQuery query = AuditQuery.parse(from, to, actor, subject, action);
        PageRequest request = PageRequest.of(number(page, "page"), number(size, "size"));
        return PageDto.of(auditing.search(query, request).map(EntryDto::of));
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the audit trail's SHA-256 chain in id order (auditor)")
    @Permits(Permission.AUDIT_READ)
    public JsonObject verify() {
        return verification(auditing.verify());
    }

    /** Parsed here so that ?page=x is a 400 problem naming the field, not JAX-RS' bare 404. */
    private static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(FieldError.of(field, "wholeNumber", "must be a whole number"));
        }
    }
}
