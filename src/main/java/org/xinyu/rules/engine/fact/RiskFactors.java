package org.xinyu.rules.engine.fact;

import java.util.Set;
import org.xinyu.student.Circumstance;

/** Derived: the distinct family circumstances present plus the graduating year; {@code count} is {@code riskFactors}. */
public record RiskFactors(Set<Circumstance> circumstances, boolean graduatingYear, int count) {
    public RiskFactors {
        circumstances = Set.copyOf(circumstances);
        if (count != circumstances.size() + (graduatingYear ? 1 : 0)) {
            throw new IllegalArgumentException("count does not match");
        }
    }

    public static RiskFactors of(Set<?> circumstances, boolean graduatingYear) {
        @SuppressWarnings("unchecked")
        Set<Circumstance> set = Set.copyOf((Set<Circumstance>) circumstances);
        return new RiskFactors(set, graduatingYear, set.size() + (graduatingYear ? 1 : 0));
    }
}
