package org.xinyu.rules.engine.fact;

import java.time.LocalDate;
import org.xinyu.screening.Band;

/**
 * Derived: a counted result that may raise the priority, i.e. one recorded after the latest risk
 * assessment (or with no assessment at all). Flattened so that priority rules read plainly.
 */
public record RaisingResult(long screeningId, String instrument, ResultKind kind, LocalDate administeredOn,
                            int totalScore, Integer item9, Band band, boolean critical) {

    public static RaisingResult of(CountedResult counted) {
        ScreeningResult r = counted.result();
        return new RaisingResult(r.id(), r.instrument(), counted.kind(), r.administeredOn(), r.totalScore(),
                r.item9(), counted.band(), r.critical());
    }
}
