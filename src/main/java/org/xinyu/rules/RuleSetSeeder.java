package org.xinyu.rules;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.xinyu.platform.ApplicationStarted;
import org.xinyu.platform.RequestContext;
import org.xinyu.rules.engine.ShippedRules;
import org.xinyu.security.SystemActor;

/** On first start, the shipped rules/ become rule-set version 1 ({@link RuleSetSeeding}, run as the system). */
@ApplicationScoped
public class RuleSetSeeder {

    /** The seeded version's reason as stored (and shown by the API); the workbench shows it in the user's language. */
    public static final String SHIPPED_REASON = "Shipped default policy (policy.md, version 1)";

    /** Who seeds the shipped version: the system at start-up. */
    public static final String SEEDER = RequestContext.SYSTEM;

    @Inject
    RuleSetSeeding seeding;

    void onStart(@Observes @Priority(ApplicationStarted.RULES) ApplicationStarted started) {
        SystemActor.SYSTEM.run(seeding::seedShippedVersion);
    }

    static String scenariosJson(ShippedRules shipped) {
        JsonObjectBuilder files = Json.createObjectBuilder();
        shipped.scenarioFiles().forEach(files::add);
        return files.build().toString();
    }
}
