package org.xinyu.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.rules.engine.CompilationResult;
import org.xinyu.rules.engine.ShippedRules;
import org.xinyu.security.Access;
import org.xinyu.security.SystemActor;
import org.xinyu.security.UseCase;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * The shipped rules/ become rule-set version 1, approved and published by the system, on a database without any
 * rule set. Not a rule administrator's publication: only the system at start-up seeds ({@link RuleSetSeeder}), so
 * the use case names no permission and refuses every other caller.
 */
@ApplicationScoped
public class RuleSetSeeding {

    private static final Logger LOG = Logger.getLogger(RuleSetSeeding.class.getName());

    @Inject
    RuleSets ruleSets;

    @Inject
    Access access;

    @Inject
    Clock clock;

    /** Seeds version 1 (after it compiles) unless a rule set exists; then nothing happens and nothing is audited. */
    @Transactional
    @UseCase(audit = AuditAction.RULESET_PUBLISH, target = "RULESET")
    public void seedShippedVersion() {
        if (!SystemActor.SYSTEM.isCaller(access.caller())) {
            throw ProblemException.forbidden("rules.seedBySystemOnly", "Only the system seeds the shipped rule set.");
        }
        if (ruleSets.count() > 0) {
            AuditNote.skip();
            return;
        }
        ShippedRules shipped = ShippedRules.load(getClass().getClassLoader());
        CompilationResult compiled = shipped.compile("1");
        if (!compiled.isSuccess()) {
            throw new IllegalStateException("The shipped rule set does not compile: " + compiled.errors());
        }
        String seeder = RuleSetSeeder.SEEDER;
        RuleSetRecord record = new RuleSetRecord(null, RuleSetSeeder.SHIPPED_REASON,
                shipped.parametersText(), RuleSetSeeder.scenariosJson(shipped), seeder, clock.instant());
        shipped.drl().forEach(record::putFile);
        record.approve(seeder, clock.instant());
        record.publish(1, seeder, clock.instant());
        ruleSets.store(record);
        AuditNote.target(1);
        AuditNote.detail("seeded from the shipped rules");
        LOG.info("Rule set version 1 seeded from the shipped rules (" + shipped.drl().size() + " files).");
    }
}
