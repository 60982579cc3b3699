package org.xinyu.rules;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.rules.engine.ShippedRules;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The graduating grades the API and the workbench show are the active rule set's parameter, not a setting or a
 * constant of their own: a rule set that changes {@code graduating.grades} changes them too.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ActiveGraduatingGradesTest {

    static final ShippedRules SHIPPED = ShippedRules.load();
    static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    final Map<Integer, RuleSetRecord> published = new HashMap<>();
    int active = 1;
    final ActiveRules activeRules = new ActiveRules();
    final ActiveGraduatingGrades graduating = new ActiveGraduatingGrades();

    ActiveGraduatingGradesTest() {
        activeRules.ruleSets = new RuleSets() {
            @Override
            public Optional<Integer> activeVersion() {
                return Optional.of(active);
            }

            @Override
            public Optional<RuleSetRecord> version(int version) {
                return Optional.ofNullable(published.get(version));
            }
        };
        graduating.activeRules = activeRules;
    }

    private void publish(int version, String grades) {
        String parameters = SHIPPED.parametersText().replace("graduating.grades=9,12", "graduating.grades=" + grades);
        RuleSetRecord record = new RuleSetRecord(null, "test", parameters, RuleSetSeeder.scenariosJson(SHIPPED), "rules", NOW);
        SHIPPED.drl().forEach(record::putFile);
        record.publish(version, "rules2", NOW);
        published.put(version, record);
    }

    @Test
    void the_graduating_grades_are_those_of_the_active_rule_set_and_follow_a_change_of_version() {
        publish(1, "9,12");
        publish(2, "9");
        assertEquals(Set.of(9, 12), graduating.grades(), "the shipped rules: 初三 and 高三");

        active = 2;
        activeRules.activeChanged();
        assertEquals(Set.of(9), graduating.grades(), "a rule set without 高三 as a graduating grade");
    }
}
