package org.xinyu.rules.engine.fact;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How far back a rule set's rules can see each kind of dated fact, derived from its own parameters: a screening
 * result counts for {@code screening.validity.days}, an observation for the longest of the observation windows
 * ({@code observation.recent.days}, {@code observation.any.days}). Which parameters are windows over which kind is
 * declared once, on {@link ParameterKey#window()}; so a rule administrator who lengthens a window lengthens what is
 * read, and facts older than every window of their kind are not read at all.
 *
 * <p>Home visits have no day window: the rules count visits of the current semester (up to today), and the latest
 * visit in a mode that counts, however old ({@code lastVisitOn}, and the start of a day interval). So every visit on
 * or after {@link #homeVisitsFrom} is read, and before that day only the latest visit of each mode, which gives the
 * rules exactly the results the whole history would.
 *
 * <p>Circumstances, the case's state, its open follow-ups and referrals and the latest assessment are read whole:
 * they are not dated facts that pile up.
 */
public final class FactWindows {

    /** The kinds of dated fact a window parameter can bound. */
    public enum Kind { SCREENING, OBSERVATION }

    private final Map<Kind, Integer> days;

    private FactWindows(Map<Kind, Integer> days) {
        this.days = days;
    }

    /** The windows of a rule set: per kind, the longest window parameter of that kind (0 if it has none). */
    public static FactWindows of(Parameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        Map<Kind, Integer> days = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            days.put(kind, 0);
        }
        for (ParameterKey key : ParameterKey.values()) {
            if (key.window() != null) {
                days.merge(key.window(), (Integer) parameters.get(key), Math::max);
            }
        }
        return new FactWindows(days);
    }

    /** The longest window in days over facts of this kind. */
    public int days(Kind kind) {
        return days.get(kind);
    }

    /**
     * The oldest day a fact of this kind can matter on {@code today}: windows are inclusive (a screening administered
     * exactly {@code screening.validity.days} days ago counts), so facts dated on or after this day are read.
     */
    public LocalDate since(Kind kind, LocalDate today) {
        return today.minusDays(days(kind));
    }

    /**
     * The first day from which every home visit is read: the semester's start (or today, should the semester start
     * later). Of the visits before it, only the latest of each mode is read.
     */
    public static LocalDate homeVisitsFrom(Semester semester, LocalDate today) {
        return semester.start().isAfter(today) ? today : semester.start();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactWindows w && w.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return "FactWindows" + days;
    }
}
