package org.xinyu.rules.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every shipped scenario (rules/scenarios/*.json) against the shipped rule set, one test row each. */
class ShippedScenariosTest {

    @TestFactory
    Stream<DynamicTest> every_shipped_scenario_holds() {
        ShippedRules shipped = ShippedRules.load();
        CompiledRuleSet rules = TestRules.shipped();
        ScenarioRunner runner = new ScenarioRunner();
        return shipped.scenarios().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            ScenarioResult r = runner.run(rules, s);
            assertTrue(r.passed(), r::toString);
        }));
    }
}
