package org.xinyu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fired rules are stored once each with their count, so the row grows with the rules, not with the facts. */
class OutcomeTranslatorTest {

    @Test
    void fired_rules_are_stored_once_each_with_their_count_in_first_firing_order() {
        assertEquals("[{\"rule\":\"b\",\"count\":2},{\"rule\":\"a\",\"count\":1}]", OutcomeTranslator.firedJson(List.of("b", "a", "b")));
        assertEquals("[]", OutcomeTranslator.firedJson(List.of()));
    }

    @Test
    void a_rule_firing_for_each_of_thousands_of_facts_takes_one_entry() {
        String fired = OutcomeTranslator.firedJson(Collections.nCopies(5000, "safety: an observation recorded after the latest assessment may raise the priority"));
        assertEquals("[{\"rule\":\"safety: an observation recorded after the latest assessment may raise the priority\",\"count\":5000}]", fired);
    }
}
