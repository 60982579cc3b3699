package org.xinyu.rules.engine.fact;

import java.time.Instant;
import java.util.Objects;
import org.xinyu.casework.Priority;

/** The latest counsellor risk assessment recorded on the case. */
public record RiskAssessment(Priority conclusion, Instant assessedAt) {
    public RiskAssessment {
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(assessedAt, "assessedAt");
    }
}
