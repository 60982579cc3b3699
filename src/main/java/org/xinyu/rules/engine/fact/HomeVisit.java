package org.xinyu.rules.engine.fact;

import java.time.LocalDate;
import java.util.Objects;
import org.xinyu.casework.HomeVisitMode;

/** A recorded home visit (家访) and whether it reached a parent living away from home. */
public record HomeVisit(LocalDate visitedOn, HomeVisitMode mode, boolean contactedAbsentParent) {
    public HomeVisit {
        Objects.requireNonNull(visitedOn, "visitedOn");
        Objects.requireNonNull(mode, "mode");
    }
}
