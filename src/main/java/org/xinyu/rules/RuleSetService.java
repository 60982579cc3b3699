package org.xinyu.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.rules.engine.CompilationError;
import org.xinyu.rules.engine.CompilationResult;
import org.xinyu.rules.engine.CompiledRuleSet;
import org.xinyu.rules.engine.RuleSetCompiler;
import org.xinyu.rules.engine.Scenario;
import org.xinyu.rules.engine.ScenarioResult;
import org.xinyu.rules.engine.ScenarioRunner;
import org.xinyu.rules.engine.ShippedRules;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule administrator's view of the rule sets held in the database: the versions (which one is active, who
 * published it when and why), one version's files and parameters, and running its scenarios against it.
 * Drafts, approval and publication build on these reads.
 */
@ApplicationScoped
public class RuleSetService {

    @Inject
    RuleSets ruleSets;

    @Inject
    ActiveRules activeRules;

    public record RuleFile(String path, String content) {
    }

    /** A rule set's contents: its DRL files, the parameters as a table, its scenario files (path and JSON text). */
    public record RuleSetDetail(RuleSetSummary summary, List<RuleFile> files, List<ParameterTable.Parameter> parameters,
                                List<RuleFile> scenarios) {
    }

    public record ScenarioFailure(String file, String name, String message) {
    }

    /** The outcome of running a rule set's scenarios; {@code errors} lists why it did not compile (then nothing ran). */
    public record ScenarioRun(long ruleSetId, Integer version, int passed, int failed, List<ScenarioFailure> failures,
                              List<CompilationError> errors) {
        public boolean allPassed() {
            return errors.isEmpty() && failed == 0;
        }
    }

    @Transactional
    @UseCase(permission = Permission.RULES_READ)
    public List<RuleSetSummary> ruleSets() {
        return ruleSets.summaries();
    }

    @Transactional
    @UseCase(permission = Permission.RULES_READ)
    public RuleSetDetail detail(long id) {
        return detailOf(find(id));
    }

    /** A published version (active or retired) by its number; 404 if there is none. */
    @Transactional
    @UseCase(permission = Permission.RULES_READ)
    public RuleSetDetail detailOfVersion(int version) {
        return detailOf(ruleSets.version(version).orElseThrow(() -> ProblemException.notFound("Rule set version " + version)));
    }

    private static RuleSetDetail detailOf(RuleSetRecord record) {
        List<RuleFile> files = record.drl().entrySet().stream().map(e -> new RuleFile(e.getKey(), e.getValue())).toList();
        List<RuleFile> scenarios = scenarioFiles(record.scenariosJson()).entrySet().stream()
                .map(e -> new RuleFile(e.getKey(), e.getValue())).toList();
        return new RuleSetDetail(RuleSetSummary.of(record), files, ParameterTable.parse(record.parametersText()), scenarios);
    }

    /**
     * Runs the rule set's own scenarios (for version 1: those of {@code rules/scenarios/}) against its rules and
     * parameters. Changes nothing; the run and its counts are audited.
     */
    @Transactional
    @UseCase(permission = Permission.RULES_READ, audit = AuditAction.RULESET_TEST, target = "RULESET")
    public ScenarioRun runScenarios(long id) {
        RuleSetRecord record = find(id);
        AuditNote.target(targetOf(record));
        CompiledRuleSet rules;
        if (record.version() != null) {
            rules = activeRules.compiledVersion(record.version());
        } else {
            CompilationResult compiled = new RuleSetCompiler().compile("draft-" + record.id(), record.drl(),
                    ShippedRules.parseProperties(record.parametersText()));
            if (!compiled.isSuccess()) {
                AuditNote.detail("does not compile: " + compiled.errors().size() + " errors");
                return new ScenarioRun(record.id(), record.version(), 0, 0, List.of(), compiled.errors());
            }
            rules = compiled.orElseThrow();
        }
        ScenarioRunner runner = new ScenarioRunner();
        int passed = 0;
        List<ScenarioFailure> failures = new ArrayList<>();
        for (Map.Entry<String, String> file : scenarioFiles(record.scenariosJson()).entrySet()) {
            List<Scenario> scenarios;
            try {
                scenarios = Scenario.parse(file.getKey(), file.getValue());
            } catch (RuntimeException e) {
                failures.add(new ScenarioFailure(file.getKey(), file.getKey(), "cannot be read: " + e.getMessage()));
                continue;
            }
            for (ScenarioResult result : runner.run(rules, scenarios)) {
                if (result.passed()) {
                    passed++;
                } else {
                    failures.add(new ScenarioFailure(result.file(), result.name(), String.join("; ", result.mismatches())));
                }
            }
        }
        AuditNote.detail("passed " + passed + ", failed " + failures.size());
        return new ScenarioRun(record.id(), record.version(), passed, failures.size(), List.copyOf(failures), List.of());
    }

    private RuleSetRecord find(long id) {
        return ruleSets.byId(id).orElseThrow(() -> ProblemException.notFound("Rule set"));
    }

    /** Published rule sets are named by their version in the audit log (as on publication), drafts by id. */
    private static Object targetOf(RuleSetRecord record) {
        return record.version() != null ? record.version() : "draft-" + record.id();
    }

    /** The scenario files of a rule set, stored as one JSON object {path: scenario JSON text}, in stored order. */
    static Map<String, String> scenarioFiles(String json) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return files;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                files.put(e.getKey(), e.getValue() instanceof JsonString s ? s.getString() : e.getValue().toString());
            }
        }
        return files;
    }
}
