package org.xinyu.rules;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.rules.RuleSetService.ScenarioRun;
import org.xinyu.rules.engine.CompiledRuleSet;
import org.xinyu.rules.engine.ShippedRules;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Role;
import org.xinyu.security.UseCaseHarness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Running a rule set's scenarios, without a server: the records in memory, the shipped rules compiled here. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleSetServiceTest {

    static final ShippedRules SHIPPED = ShippedRules.load();
    static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    final List<RuleSetRecord> records = new ArrayList<>();
    final List<String> audited = new ArrayList<>();
    Role callerRole = Role.RULE_ADMIN;
    final RuleSetService service = new RuleSetService();
    final UseCaseHarness useCases;

    RuleSetServiceTest() {
        service.ruleSets = new RuleSets() {
            @Override
            public Optional<RuleSetRecord> byId(long id) {
                return id < records.size() ? Optional.of(records.get((int) id)) : Optional.empty();
            }

            @Override
            public Optional<RuleSetRecord> version(int version) {
                return records.stream().filter(r -> r.version() != null && r.version() == version).findFirst();
            }
        };
        service.activeRules = new ActiveRules() {
            @Override
            public CompiledRuleSet compiledVersion(int version) {
                return SHIPPED.compile(String.valueOf(version)).orElseThrow();
            }
        };
        useCases = new UseCaseHarness(UseCaseHarness.gateFor(
                () -> new AccountPrincipal(1, "rules", "规则管理员", Set.of(callerRole), null, Set.of(), Set.of())),
                UseCaseHarness.recordingInto(audited));
    }

    /** The service as the container calls it: through the use-case interceptor (permission, audit). */
    private <T> T call(String method, Object... args) {
        return useCases.call(service, method, args);
    }

    private long store(Integer version, String parameters, String drlReplacement) {
        RuleSetRecord record = new RuleSetRecord(null, "test", parameters, RuleSetSeeder.scenariosJson(SHIPPED), "rules", NOW);
        SHIPPED.drl().forEach((path, text) -> record.putFile(path, drlReplacement != null && path.endsWith("result.drl") ? drlReplacement : text));
        if (version != null) {
            record.publish(version, "system", NOW);
        }
        long id = records.size();
        try { // the database gives ids; here the list index is the id
            java.lang.reflect.Field field = RuleSetRecord.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(record, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        records.add(record);
        return id;
    }

    @Test
    void the_shipped_version_passes_every_shipped_scenario_and_the_run_is_audited() {
        long id = store(1, SHIPPED.parametersText(), null);
        ScenarioRun run = this.<ScenarioRun>call("runScenarios", id);
        assertTrue(run.allPassed(), () -> run.failures().toString());
        assertEquals(SHIPPED.scenarios().size(), run.passed());
        assertEquals(0, run.failed());
        assertEquals(List.of("RULESET_TEST RULESET:1 passed " + run.passed() + ", failed 0"), audited);
    }

    @Test
    void a_draft_with_a_changed_cut_off_names_each_failing_scenario_and_why() {
        long id = store(null, SHIPPED.parametersText().replace("phq.severe.min=20", "phq.severe.min=27"), null);
        ScenarioRun run = this.<ScenarioRun>call("runScenarios", id);
        assertFalse(run.allPassed());
        assertTrue(run.failed() > 0);
        assertEquals(SHIPPED.scenarios().size(), run.passed() + run.failed());
        assertTrue(run.failures().stream().allMatch(f -> !f.name().isBlank() && !f.message().isBlank()), run.failures()::toString);
        assertTrue(audited.get(0).startsWith("RULESET_TEST RULESET:draft-" + id + " passed "), audited::toString);
    }

    @Test
    void a_draft_that_does_not_compile_says_where_and_runs_nothing() {
        long id = store(null, SHIPPED.parametersText(), "rule \"broken\" when then this is not DRL end");
        ScenarioRun run = this.<ScenarioRun>call("runScenarios", id);
        assertFalse(run.allPassed());
        assertFalse(run.errors().isEmpty());
        assertEquals(0, run.passed() + run.failed());
    }

    @Test
    void the_detail_lists_the_files_the_parameters_and_the_scenario_files() {
        long id = store(1, SHIPPED.parametersText(), null);
        RuleSetService.RuleSetDetail detail = this.<RuleSetService.RuleSetDetail>call("detail", id);
        assertEquals(SHIPPED.drl().keySet(), detail.files().stream().map(RuleSetService.RuleFile::path).collect(java.util.stream.Collectors.toSet()));
        detail.files().forEach(f -> assertEquals(SHIPPED.drl().get(f.path()), f.content(), f.path()));
        assertEquals(SHIPPED.parameters().size(), detail.parameters().size());
        assertEquals(List.copyOf(SHIPPED.scenarioFiles().keySet()), detail.scenarios().stream().map(RuleSetService.RuleFile::path).toList());
        detail.scenarios().forEach(f -> assertEquals(SHIPPED.scenarioFiles().get(f.path()), f.content(), f.path()));
        assertEquals(Integer.valueOf(1), detail.summary().version());
    }

    @Test
    void a_published_version_is_found_by_its_number_and_an_unknown_number_is_404() {
        store(1, SHIPPED.parametersText(), null);
        assertEquals(Integer.valueOf(1), this.<RuleSetService.RuleSetDetail>call("detailOfVersion", 1).summary().version());
        assertEquals(404, assertThrows(ProblemException.class, () -> call("detailOfVersion", 2)).status());
        callerRole = Role.COUNSELOR;
        assertEquals(403, assertThrows(ProblemException.class, () -> this.<RuleSetService.RuleSetDetail>call("detailOfVersion", 1)).status());
    }

    @Test
    void only_a_rule_administrator_may_read_or_run_rule_sets() {
        long id = store(1, SHIPPED.parametersText(), null);
        callerRole = Role.COUNSELOR;
        assertEquals(403, assertThrows(ProblemException.class, () -> this.<ScenarioRun>call("runScenarios", id)).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> this.<RuleSetService.RuleSetDetail>call("detail", id)).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> {
            callerRole = Role.RULE_ADMIN;
            call("detail", 99L);
        }).status());
    }
}
