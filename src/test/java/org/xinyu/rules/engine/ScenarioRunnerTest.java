package org.xinyu.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {

    private static final String FILE = "{\"defaults\": {\"now\": \"2026-10-15T09:00:00+08:00\", \"given\": {"
            + "\"student\": {\"grade\": 7}, \"semester\": {\"start\": \"2026-09-01\", \"end\": \"2027-01-22\"}}},"
            + "\"scenarios\": [{\"name\": \"PHQ-9 of 20 is HIGH\", \"given\": {\"screenings\": [{\"instrument\": \"PHQ9\", \"on\": \"-P1D\", \"total\": 20, \"item9\": 0}]},"
            + "\"expect\": {\"priority\": \"HIGH\", \"followUps\": [{\"type\": \"COUNSELLING_SESSION\", \"due\": \"P3D\"},"
            + "{\"type\": \"PARENT_CONTACT\", \"due\": \"PT72H\"}, {\"type\": \"RESCREEN\", \"due\": \"P28D\"}, {\"type\": \"CHECK_IN\", \"due\": \"P7D\"}],"
            + "\"homeVisit\": {\"intervalDays\": 14}}}]}";

    @Test
    void a_scenario_passes_against_the_shipped_rules() {
        List<Scenario> s = Scenario.parse("inline.json", FILE);
        ScenarioResult r = new ScenarioRunner().run(TestRules.shipped(), s.get(0));
        assertTrue(r.passed(), r::toString);
        assertEquals("PHQ-9 of 20 is HIGH", r.name());
    }

    @Test
    void a_scenario_fails_with_readable_mismatches_when_the_rules_change() {
        ShippedRules shipped = ShippedRules.load();
        Map<String, String> p = new LinkedHashMap<>(shipped.parameters());
        p.put("phq.severe.min", "21");
        p.put("followup.high.check_in.interval", "P5D");
        CompiledRuleSet changed = new RuleSetCompiler().compile("draft", shipped.drl(), p).orElseThrow();
        ScenarioResult r = new ScenarioRunner().run(changed, Scenario.parse("inline.json", FILE).get(0));
        assertFalse(r.passed());
        assertTrue(r.mismatches().contains("priority MEDIUM instead of HIGH"), r::toString);
        assertTrue(r.mismatches().stream().anyMatch(m -> m.startsWith("missing follow-up PARENT_CONTACT")), r::toString);
        assertTrue(r.actual().contains("priority=MEDIUM"), r.actual());
    }

    @Test
    void the_publish_gate_sees_which_shipped_scenarios_a_draft_breaks() {
        ShippedRules shipped = ShippedRules.load();
        Map<String, String> drl = new LinkedHashMap<>(shipped.drl());
        drl.put("escalation/overdue.drl", drl.get("escalation/overdue.drl").replace("isBefore($now)", "isAfter($now)"));
        CompiledRuleSet draft = new RuleSetCompiler().compile("draft", drl, shipped.parameters()).orElseThrow();
        List<String> failed = new ScenarioRunner().run(draft, shipped.scenarios()).stream()
                .filter(r -> !r.passed()).map(ScenarioResult::name).collect(Collectors.toList());
        assertTrue(failed.contains("a follow-up overdue by more than one day goes to the grade leader"), failed::toString);
        assertTrue(failed.contains("a follow-up not yet due is not escalated"), failed::toString);
    }

    @Test
    void shipped_scenarios_are_many_and_uniquely_named() {
        List<Scenario> all = ShippedRules.load().scenarios();
        assertTrue(all.size() >= 60, "only " + all.size());
        assertEquals(all.size(), all.stream().map(Scenario::name).distinct().count());
    }
}
