package org.xinyu.rules.engine;

/** The shipped rule set compiled once for all tests of this JVM. */
final class TestRules {
    private static volatile CompiledRuleSet shipped;

    private TestRules() {
    }

    static CompiledRuleSet shipped() {
        CompiledRuleSet r = shipped;
        if (r == null) {
            synchronized (TestRules.class) {
                if (shipped == null) {
                    shipped = ShippedRules.load().compile("shipped-test").orElseThrow();
                }
                r = shipped;
            }
        }
        return r;
    }
}
