package org.xinyu.rules;

import org.xinyu.audit.AuditAction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.ApplicationStarted;
import org.xinyu.platform.RequestContext;
import org.xinyu.rules.engine.CompilationResult;
import org.xinyu.rules.engine.ShippedRules;

import java.time.Clock;
import java.util.logging.Logger;

/** On first start, the shipped rules/ become rule-set version 1 (after they compile). */
@ApplicationScoped
public class RuleSetSeeder {

    /** The seeded version's reason as stored (and shown by the API); the workbench shows it in the user's language. */
    public static final String SHIPPED_REASON = "Shipped default policy (policy.md, version 1)";

    /** Who seeds the shipped version: the system at start-up. */
    public static final String SEEDER = RequestContext.SYSTEM;

    private static final Logger LOG = Logger.getLogger(RuleSetSeeder.class.getName());

    @Inject
    RuleSets ruleSets;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes @Priority(ApplicationStarted.RULES) ApplicationStarted started) {
        if (ruleSets.count() > 0) {
            return;
        }
        ShippedRules shipped = ShippedRules.load(getClass().getClassLoader());
        CompilationResult compiled = shipped.compile("1");
        if (!compiled.isSuccess()) {
            throw new IllegalStateException("The shipped rule set does not compile: " + compiled.errors());
        }
        RuleSetRecord record = new RuleSetRecord(null, SHIPPED_REASON,
                shipped.parametersText(), scenariosJson(shipped), SEEDER, clock.instant());
        shipped.drl().forEach(record::putFile);
        record.approve(SEEDER, clock.instant());
        record.publish(1, SEEDER, clock.instant());
        ruleSets.store(record);
        audit.success(AuditAction.RULESET_PUBLISH, "RULESET", 1, "seeded from the shipped rules");
        LOG.info("Rule set version 1 seeded from the shipped rules (" + shipped.drl().size() + " files).");
    }

    static String scenariosJson(ShippedRules shipped) {
        JsonObjectBuilder files = Json.createObjectBuilder();
        shipped.scenarioFiles().forEach(files::add);
        return files.build().toString();
    }
}
