package org.xinyu.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.rules.engine.CompilationResult;
import org.xinyu.rules.engine.CompiledRuleSet;
import org.xinyu.rules.engine.RuleSetCompiler;
import org.xinyu.rules.engine.ShippedRules;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled rule sets: each published version is compiled once into a shared, thread-safe KieBase and
 * kept. Which version is active is re-read from the database at most every few seconds, so a publication on
 * another instance of the cluster takes effect here too without a restart.
 */
@ApplicationScoped
public class ActiveRules {

    private static final Duration RECHECK = Duration.ofSeconds(3);

    @Inject
    RuleSets ruleSets;

    private final Map<Integer, CompiledRuleSet> compiled = new ConcurrentHashMap<>();
    private volatile Integer activeVersion;
    private volatile Instant checkedAt = Instant.EPOCH;

    public record Active(int version, CompiledRuleSet rules) {
    }

    public Active current() {
        Instant now = Instant.now();
        if (activeVersion == null || now.isAfter(checkedAt.plus(RECHECK))) {
            activeVersion = ruleSets.activeVersion().orElseThrow(() -> new IllegalStateException("No active rule set"));
            checkedAt = now;
        }
        int version = activeVersion;
        return new Active(version, compiledVersion(version));
    }

    /** Forget the cached active version (after a publication on this instance). */
    public void activeChanged() {
        activeVersion = null;
    }

    public CompiledRuleSet compiledVersion(int version) {
        return compiled.computeIfAbsent(version, v -> {
            RuleSetRecord record = ruleSets.version(v).orElseThrow(() -> new IllegalStateException("No rule set version " + v));
            CompilationResult result = new RuleSetCompiler().compile(String.valueOf(v), record.drl(),
                    ShippedRules.parseProperties(record.parametersText()));
            return result.orElseThrow();
        });
    }

}
