package org.xinyu.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The history shows an evaluation's fired rules each once with its count: as stored since issue 12, and for rows
 * written before, which listed every firing, aggregated into the same form.
 */
class EvaluationFiredRulesTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("[]", "[]"),
                // stored the new way: shown as stored
                Arguments.of("[{\"rule\":\"a\",\"count\":2},{\"rule\":\"b\",\"count\":1}]", "[{\"rule\":\"a\",\"count\":2},{\"rule\":\"b\",\"count\":1}]"),
                // an old row: every firing, with repeats, in firing order
                Arguments.of("[\"a\",\"b\",\"a\",\"c\",\"a\"]", "[{\"rule\":\"a\",\"count\":3},{\"rule\":\"b\",\"count\":1},{\"rule\":\"c\",\"count\":1}]"),
                Arguments.of("[\"only\"]", "[{\"rule\":\"only\",\"count\":1}]"));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void old_and_new_rows_show_each_fired_rule_once_with_its_count(String stored, String shown) {
        assertEquals(shown, CaseHistory.firedRules(stored).toString());
    }
}
