package org.xinyu.screening;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The instruments Xinyu knows out of the box (policy, "Screening results"):
 * <ul>
 *   <li>{@code PHQ9} — PHQ-9, 9 items 0–3, total 0–27: 0–4 NONE, 5–9 MILD, 10–14 MODERATE,
 *       15–19 MODERATE (label {@code MODERATELY_SEVERE}), 20–27 SEVERE; item 9 is reported and
 *       item 9 ≥ 2 is critical.</li>
 *   <li>{@code PHQA} — PHQ-9 modified for adolescents (PHQ-A): the same 9 items, scoring and bands.</li>
 *   <li>{@code GAD7} — GAD-7, 7 items 0–3, total 0–21: 0–4 NONE (label {@code MINIMAL}), 5–9 MILD,
 *       10–14 MODERATE, 15–21 SEVERE; no item 9, never critical.</li>
 * </ul>
 */
public final class StandardInstruments {

    public static final Instrument PHQ9 = phq("PHQ9", "PHQ-9");

    public static final Instrument PHQA = phq("PHQA", "PHQ-A");

    public static final Instrument GAD7 = new CutOffInstrument("GAD7", "GAD-7", 7, 0, 3,
            List.of(new CutOffInstrument.CutOff(0, Band.NONE, "MINIMAL"),
                    new CutOffInstrument.CutOff(5, Band.MILD),
                    new CutOffInstrument.CutOff(10, Band.MODERATE),
                    new CutOffInstrument.CutOff(15, Band.SEVERE)),
            List.of(), null);

    private static final List<Instrument> ALL = List.of(PHQ9, PHQA, GAD7);

    private StandardInstruments() {
    }

    /** PHQ-9, PHQ-A and GAD-7, in that order. */
    public static List<Instrument> all() {
        return ALL;
    }

    /**
     * Finds a standard instrument by code. Case, surrounding blanks, hyphens and underscores are
     * ignored, so {@code "phq-9"} finds {@code PHQ9}.
     */
    public static Optional<Instrument> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = normalise(code);
        return ALL.stream().filter(i -> i.code().equals(normalised)).findFirst();
    }

    /** Whether the code names PHQ-9 or PHQ-A, the instruments with a self-harm item 9. */
    public static boolean isPhq(String code) {
        return find(code).map(i -> i == PHQ9 || i == PHQA).orElse(false);
    }

    static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    private static Instrument phq(String code, String name) {
        return new CutOffInstrument(code, name, 9, 0, 3,
                List.of(new CutOffInstrument.CutOff(0, Band.NONE),
                        new CutOffInstrument.CutOff(5, Band.MILD),
                        new CutOffInstrument.CutOff(10, Band.MODERATE),
                        new CutOffInstrument.CutOff(15, Band.MODERATE, "MODERATELY_SEVERE"),
                        new CutOffInstrument.CutOff(20, Band.SEVERE)),
                List.of(new CutOffInstrument.CriticalItem(9, 2)), 9);
    }
}
