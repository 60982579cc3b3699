package org.xinyu.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyu.rules.engine.Facts.*;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.Priority;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.screening.Band;
import org.xinyu.student.Circumstance;

class EngineTest {

    private final CompiledRuleSet rules = TestRules.shipped();

    private StudentFacts acceptance() {
        return student(9, b -> b.circumstance(circ(Circumstance.LEFT_BEHIND)).screening(phq(12, 0, 0))
                .observation(obs(ObservationCategory.LOW_MOOD, 2, 3)).openReferral(referral(1, days(-20), null)));
    }

    @Test
    void in_index_order_every_rule_fires_once_per_match_without_refiring() {
        List<String> fired = rules.evaluate(acceptance(), CLOCK).firedRules();
        // each derivation fires once; only per-fact rules may repeat, never a result rule
        for (String once : List.of("priority: HIGH is the highest level reached", "priority: a level different from the case's is reached now",
                "home visits: the shortest interval wins", "risk factors: family circumstances plus a graduating year")) {
            assertEquals(1, fired.stream().filter(once::equals).count(), () -> once + " in " + fired);
        }
        assertFalse(fired.contains("priority: MEDIUM is the highest level reached"), fired::toString);
    }

    @Test
    void the_outcome_does_not_depend_on_the_order_of_the_drl_files() {
        ShippedRules shipped = ShippedRules.load();
        List<String> paths = new ArrayList<>(shipped.drl().keySet());
        java.util.Collections.reverse(paths);
        Map<String, String> reversed = new LinkedHashMap<>();
        paths.forEach(p -> reversed.put(p, shipped.drl().get(p)));
        CompiledRuleSet backwards = new RuleSetCompiler().compile("reversed", reversed, shipped.parameters()).orElseThrow();
        ScenarioRunner runner = new ScenarioRunner();
        for (Scenario s : shipped.scenarios()) {
            assertEquals(runner.run(rules, s).evaluation(), runner.run(backwards, s).evaluation(), s.name());
        }
    }

    @Test
    void evaluation_is_a_function_of_facts_and_clock() {
        Evaluation a = rules.evaluate(acceptance(), CLOCK);
        Evaluation b = rules.evaluate(acceptance(), CLOCK);
        assertEquals(a, b);
        assertFalse(a.changed(b));
        assertTrue(a.changed(null));
    }

    @Test
    void the_risk_factor_reason_lists_the_circumstances_in_one_fixed_order() {
        List<Circumstance> all = List.of(Circumstance.values());
        for (int shift = 0; shift < all.size(); shift++) {
            int s = shift;
            StudentFacts facts = student(9, b -> {
                for (int i = 0; i < all.size(); i++) {
                    b.circumstance(circ(all.get((i + s) % all.size())));
                }
                return b;
            });
            String text = rules.evaluate(facts, CLOCK).reasons().stream()
                    .filter(r -> r.key().equals("reason.riskFactors")).findFirst().orElseThrow().text();
            assertEquals("6 risk factors (circumstances [LEFT_BEHIND, POOR, DISABLED, SINGLE_PARENT, ADVERSE_EVENT], graduating year true)",
                    text, "circumstances recorded starting from " + all.get(s));
        }
    }

    @Test
    void the_clocks_zone_does_not_change_the_school_day() {
        Evaluation shanghai = rules.evaluate(acceptance(), CLOCK);
        Evaluation utc = rules.evaluate(acceptance(), Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(shanghai, utc);
    }

    @Test
    void a_later_clock_changes_the_evaluation_when_follow_ups_become_overdue() {
        StudentFacts facts = student(b -> b.caseState(Priority.LOW, days(-40)).circumstance(circ(Circumstance.POOR))
                .openFollowUp(open(5, FollowUpType.CHECK_IN, days(-1))));
        Evaluation today = rules.evaluate(facts, CLOCK);
        Evaluation tomorrow = rules.evaluate(facts, Clock.offset(CLOCK, Duration.ofDays(1)));
        assertTrue(today.escalations().isEmpty());
        assertEquals(1, tomorrow.escalations().size());
        assertTrue(tomorrow.changed(today));
    }

    @Test
    void a_new_level_is_reached_now_and_an_unchanged_one_keeps_its_moment() {
        Evaluation fresh = rules.evaluate(student(b -> b.screening(phq(20, 0, 0))), CLOCK);
        assertEquals(Priority.HIGH, fresh.priority());
        assertEquals(NOW, fresh.priorityReachedAt());
        assertTrue(fresh.priorityChanged());
        Evaluation kept = rules.evaluate(student(b -> b.caseState(Priority.HIGH, days(-2)).screening(phq(20, 0, 2))), CLOCK);
        assertEquals(days(-2), kept.priorityReachedAt());
        assertFalse(kept.priorityChanged());
    }

    @Test
    void every_priority_reason_carries_rule_key_arguments_and_text() {
        Evaluation e = rules.evaluate(student(b -> b.screening(phq(21, 0, 0))), CLOCK);
        assertTrue(e.reasons().stream().anyMatch(r -> r.rule().equals("HIGH: a result in the severe band")
                && r.key().equals("reason.result.severe") && r.args().contains(21) && r.text().contains("21")
                && r.level() == Priority.HIGH), e.reasons()::toString);
    }

    @Test
    void evaluating_from_many_threads_gives_the_same_results() throws Exception {
        List<StudentFacts> students = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int total = i % 28;
            int item9 = i % 4;
            students.add(student(i % 12 + 1, b -> b.screening(phq(total, item9, 1)).screening(gad(total % 22, 2))
                    .screening(other(Band.values()[total % 4], total == 7, true, 3))));
        }
        List<Evaluation> expected = new ArrayList<>();
        for (StudentFacts s : students) {
            expected.add(rules.evaluate(s, CLOCK));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < students.size(); i++) {
                        if (!rules.evaluate(students.get(i), CLOCK).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(new HashSet<>(expected).size() > 5, "the students should not all evaluate alike");
    }

    @Test
    void a_rule_set_without_a_priority_rule_fails_loudly_instead_of_guessing() {
        Map<String, String> drl = new LinkedHashMap<>(ShippedRules.load().drl());
        drl.remove("priority/result.drl");
        CompiledRuleSet broken = new RuleSetCompiler().compile("broken", drl, ShippedRules.load().parameters()).orElseThrow();
        assertThrows(IllegalStateException.class, () -> broken.evaluate(student(b -> b), CLOCK));
    }

    @Test
    void a_changed_parameter_changes_the_outcome() {
        ShippedRules shipped = ShippedRules.load();
        Map<String, String> p = new LinkedHashMap<>(shipped.parameters());
        p.put("phq.severe.min", "21");
        CompiledRuleSet stricter = new RuleSetCompiler().compile("p", shipped.drl(), p).orElseThrow();
        StudentFacts twenty = student(b -> b.screening(phq(20, 0, 0)));
        assertEquals(Priority.HIGH, rules.evaluate(twenty, CLOCK).priority());
        assertEquals(Priority.MEDIUM, stricter.evaluate(twenty, CLOCK).priority());
    }

    @Test
    void the_acceptance_case_is_high_with_its_follow_ups() {
        Evaluation e = rules.evaluate(student(9, b -> b.circumstance(circ(Circumstance.LEFT_BEHIND)).screening(phq(12, 0, 0))), CLOCK);
        assertEquals(Priority.HIGH, e.priority());
        assertEquals(2, e.riskFactors());
        Map<FollowUpType, Duration> due = new LinkedHashMap<>();
        e.followUps().forEach(f -> due.put(f.type(), Duration.between(NOW, f.dueAt())));
        assertEquals(Map.of(FollowUpType.COUNSELLING_SESSION, Duration.ofDays(3), FollowUpType.PARENT_CONTACT, Duration.ofDays(3),
                FollowUpType.RESCREEN, Duration.ofDays(28), FollowUpType.CHECK_IN, Duration.ofDays(7)), due);
        assertEquals(14, e.homeVisit().intervalDays());
        assertNotEquals(null, e.homeVisit().nextDueBy());
    }
}
