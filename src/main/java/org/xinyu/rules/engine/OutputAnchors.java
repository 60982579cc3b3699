package org.xinyu.rules.engine;

import java.nio.charset.StandardCharsets;
import org.kie.api.io.Resource;
import org.kie.internal.io.ResourceFactory;

/**
 * Engine-owned queries, compiled into every rule set, that match each kind of fact
 * {@link CompiledRuleSet} reads back after firing (reasons, follow-ups, escalations, the outcome, the
 * home-visit requirement).
 *
 * <p>Why: rule sets are compiled into immutable KieBases, whose sessions use Drools' identity object
 * store and drop from it any fact that nothing in the network matches. No rule matches an output such
 * as a {@code RequiredFollowUp} or a {@code VisitSchedule}, so without these queries it would vanish
 * from {@code getObjects()} and the evaluation would lose it. A query is not a rule: it never fires
 * and never appears among an evaluation's fired rules.
 */
final class OutputAnchors {

    /** The source path under which compile errors in this file (there should be none) are reported. */
    static final String PATH = "xinyu-engine/output-anchors.drl";

    static final String DRL = """
            package org.xinyu.rules.engine.outputs
            import org.xinyu.rules.engine.fact.*

            query "engine output: reasons" Reason() end
            query "engine output: priority candidates" PriorityCandidate() end
            query "engine output: priority outcome" PriorityOutcome() end
            query "engine output: risk factors" RiskFactors() end
            query "engine output: required follow-ups" RequiredFollowUp() end
            query "engine output: escalations" Escalation() end
            query "engine output: home-visit interval" VisitInterval() end
            query "engine output: home-visit schedule" VisitSchedule() end
            query "engine output: absent-parent contact" AbsentParentContact() end
            """;

    private OutputAnchors() {
    }

    static Resource resource() {
        Resource resource = ResourceFactory.newByteArrayResource(DRL.getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(PATH);
        return resource;
    }
}
