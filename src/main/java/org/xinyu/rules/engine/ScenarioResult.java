package org.xinyu.rules.engine;

import java.util.List;

/**
 * The outcome of running one scenario: passed when {@code mismatches} is empty. {@code expected}
 * and {@code actual} are readable summaries; {@code evaluation} is null if evaluating failed.
 */
public record ScenarioResult(String file, String name, boolean passed, String expected, String actual,
                             List<String> mismatches, Evaluation evaluation) {
    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
    }

    @Override
    public String toString() {
        return (passed ? "PASS " : "FAIL ") + name + (passed ? "" : "\n  expected: " + expected + "\n  actual:   " + actual
                + "\n  mismatches: " + String.join("; ", mismatches));
    }
}
