package org.xinyu.rules.engine.fact;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.xinyu.student.Circumstance;

/**
 * Derived: the distinct family circumstances present plus the graduating year; {@code count} is {@code riskFactors}.
 * The circumstances keep their declaration order, so a reason that lists them reads the same on every run
 * (an unordered set's order changes with each JVM start, which made an unchanged student look changed).
 */
public record RiskFactors(Set<Circumstance> circumstances, boolean graduatingYear, int count) {
    public RiskFactors {
        circumstances = ordered(circumstances);
        if (count != circumstances.size() + (graduatingYear ? 1 : 0)) {
            throw new IllegalArgumentException("count does not match");
        }
    }

    public static RiskFactors of(Set<?> circumstances, boolean graduatingYear) {
        @SuppressWarnings("unchecked")
        Set<Circumstance> set = ordered((Set<Circumstance>) circumstances);
        return new RiskFactors(set, graduatingYear, set.size() + (graduatingYear ? 1 : 0));
    }

    private static Set<Circumstance> ordered(Collection<Circumstance> circumstances) {
        EnumSet<Circumstance> set = EnumSet.noneOf(Circumstance.class);
        set.addAll(circumstances);
        return Collections.unmodifiableSet(set);
    }
}
