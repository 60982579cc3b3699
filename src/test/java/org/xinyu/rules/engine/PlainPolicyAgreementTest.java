package org.xinyu.rules.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinyu.bench.rules.RulesBench;
import org.xinyu.rules.engine.fact.Parameters;

/**
 * The rules benchmark measures Drools against {@code PlainPolicy}, a plain-Java copy of the whole policy. The
 * ratio it prints means something only while that copy decides exactly what the shipped rules decide, so the
 * agreement check the benchmark does on 100,000 students runs here on a few thousand in every {@code mvn test}.
 */
class PlainPolicyAgreementTest {

    private static final int STUDENTS = 3_000;
    private static final long SEED = 20261015L;

    @Test
    void shipped_rules_and_the_benchmarks_plain_java_policy_agree_on_every_synthetic_student() {
        CompiledRuleSet shipped = TestRules.shipped();

        List<String> disagreements = RulesBench.disagreements(shipped, shipped.parameters(), STUDENTS, SEED);

        assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " of " + STUDENTS + " students differ, e.g.\n"
                + String.join("\n", disagreements.subList(0, Math.min(5, disagreements.size()))));
    }

    @Test
    void the_agreement_check_notices_a_plain_policy_that_drifted_from_the_rules() {
        CompiledRuleSet shipped = TestRules.shipped();
        Map<String, String> drifted = new HashMap<>(ShippedRules.load().parameters());
        drifted.put("phq.moderate.min", String.valueOf(shipped.parameters().getPhqModerateMin() + 3));
        drifted.put("observation.recent.days", String.valueOf(shipped.parameters().getObservationRecentDays() - 7));
        Parameters.Parsed parsed = Parameters.parse(drifted);
        assertTrue(parsed.ok(), () -> String.join("; ", parsed.problems()));

        List<String> disagreements = RulesBench.disagreements(shipped, parsed.parameters(), STUDENTS, SEED);

        assertFalse(disagreements.isEmpty(), "a policy copy with other thresholds must disagree with the shipped rules");
    }
}
