package org.xinyu.rules.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinyu.rules.RuleSetService;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;

import java.util.List;

/** The rule administrator's reads of rule sets (api.md, "Rules"); drafting and publishing build on these. */
@Path("/rulesets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class RuleSetResource {

    @Inject
    RuleSetService ruleSets;

    @GET
    @Operation(summary = "Rule sets: drafts first, then versions newest first; which one is active, who published it when and why")
    @Permits(Permission.RULES_READ)
    public List<RuleSetDto.Summary> list() {
        return ruleSets.ruleSets().stream().map(RuleSetDto.Summary::of).toList();
    }

    @GET
    @Path("/{version: \\d+}")
    @Operation(summary = "One published version: its DRL files, its parameters with their meaning, and its scenarios")
    @Permits(Permission.RULES_READ)
    public RuleSetDto.Detail version(@PathParam("version") int version) {
        return RuleSetDto.Detail.of(ruleSets.detailOfVersion(version));
    }
}
