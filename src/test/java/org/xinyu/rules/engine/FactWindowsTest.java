package org.xinyu.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinyu.rules.engine.Facts.CLOCK;
import static org.xinyu.rules.engine.Facts.NOW;
import static org.xinyu.rules.engine.Facts.SEMESTER;
import static org.xinyu.rules.engine.Facts.TODAY;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.Priority;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.rules.engine.fact.FactWindows;
import org.xinyu.rules.engine.fact.FamilyCircumstance;
import org.xinyu.rules.engine.fact.HomeVisit;
import org.xinyu.rules.engine.fact.Observation;
import org.xinyu.rules.engine.fact.ParameterKey;
import org.xinyu.rules.engine.fact.Parameters;
import org.xinyu.rules.engine.fact.RiskAssessment;
import org.xinyu.rules.engine.fact.ScreeningResult;
import org.xinyu.rules.engine.fact.Student;
import org.xinyu.screening.Band;
import org.xinyu.student.Circumstance;

/**
 * The facts read for an evaluation reach back as far as the rule set's own windows say (issue 12): derived from the
 * parameters, lengthened with them, and never fewer than the rules can see: the rules decide on the windowed facts
 * exactly as on the whole history.
 */
class FactWindowsTest {

    private static Parameters parameters(Map<String, String> changes) {
        Map<String, String> raw = new HashMap<>(ShippedRules.load().parameters());
        raw.putAll(changes);
        Parameters.Parsed parsed = Parameters.parse(raw);
        assertTrue(parsed.ok(), parsed.problems()::toString);
        return parsed.parameters();
    }

    static Stream<Arguments> windows() {
        return Stream.of(
                // changed parameters, screening window, observation window
                Arguments.of(Map.of(), 365, 60),
                Arguments.of(Map.of("screening.validity.days", "730"), 730, 60),
                Arguments.of(Map.of("screening.validity.days", "90"), 90, 60),
                Arguments.of(Map.of("observation.any.days", "500"), 365, 500),
                Arguments.of(Map.of("observation.recent.days", "120"), 365, 120),
                Arguments.of(Map.of("observation.recent.days", "10", "observation.any.days", "20"), 365, 20),
                // a window lengthened beyond the 400 days the assembler used to read is not cut off
                Arguments.of(Map.of("screening.validity.days", "1000", "observation.any.days", "1000"), 1000, 1000),
                // other parameters do not move a window
                Arguments.of(Map.of("homevisit.circumstance.days", "900", "followup.high.rescreen.due", "P900D"), 365, 60));
    }

    @ParameterizedTest
    @MethodSource("windows")
    void each_window_is_the_longest_window_parameter_of_its_kind(Map<String, String> changes, int screeningDays, int observationDays) {
        FactWindows w = parameters(changes).windows();
        assertEquals(screeningDays, w.days(FactWindows.Kind.SCREENING));
        assertEquals(observationDays, w.days(FactWindows.Kind.OBSERVATION));
        assertEquals(TODAY.minusDays(screeningDays), w.since(FactWindows.Kind.SCREENING, TODAY), "inclusive: that day is read");
        assertEquals(TODAY.minusDays(observationDays), w.since(FactWindows.Kind.OBSERVATION, TODAY));
    }

    @Test
    void the_window_parameters_are_the_screening_validity_and_the_observation_windows() {
        Map<FactWindows.Kind, List<String>> byKind = Arrays.stream(ParameterKey.values()).filter(k -> k.window() != null)
                .collect(Collectors.groupingBy(ParameterKey::window, () -> new EnumMap<>(FactWindows.Kind.class),
                        Collectors.mapping(ParameterKey::key, Collectors.toList())));
        assertEquals(Map.of(FactWindows.Kind.SCREENING, List.of("screening.validity.days"),
                FactWindows.Kind.OBSERVATION, List.of("observation.recent.days", "observation.any.days")), byKind);
    }

    @Test
    void home_visits_are_read_from_the_semester_start_or_today_if_it_starts_later() {
        assertEquals(SEMESTER.start(), FactWindows.homeVisitsFrom(SEMESTER, TODAY));
        assertEquals(TODAY, FactWindows.homeVisitsFrom(new org.xinyu.rules.engine.fact.Semester(TODAY.plusDays(3), TODAY.plusDays(100)), TODAY));
    }

    static Stream<Arguments> ruleSets() {
        return Stream.of(Arguments.of("shipped", Map.of()),
                Arguments.of("lengthened windows", Map.of("screening.validity.days", "730", "observation.any.days", "500",
                        "observation.recent.days", "450")),
                Arguments.of("shortened windows", Map.of("screening.validity.days", "30", "observation.any.days", "7",
                        "observation.recent.days", "3")));
    }

    /**
     * Random students with years of history: the rules decide the same on what the windows admit as on everything,
     * for the shipped, a lengthened and a shortened rule set.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleSets")
    void the_rules_decide_on_the_windowed_facts_exactly_as_on_the_whole_history(String name, Map<String, String> changes) {
        CompiledRuleSet rules = compile(changes);
        FactWindows windows = rules.parameters().windows();
        SplittableRandom random = new SplittableRandom(12);
        int differentFromOld400DayCut = 0;
        for (int i = 0; i < 400; i++) {
            History h = History.random(random);
            Evaluation whole = rules.evaluate(h.facts(s -> true, o -> true, v -> true), CLOCK);
            Evaluation windowed = rules.evaluate(h.windowed(windows), CLOCK);
            assertEquals(whole, windowed, () -> name + ": student " + h);
            LocalDate old = TODAY.minusDays(400);
            Evaluation oldCut = rules.evaluate(h.facts(s -> !s.administeredOn().isBefore(old), o -> !o.observedOn().isBefore(old),
                    v -> !v.visitedOn().isBefore(old)), CLOCK);
            if (!oldCut.equals(whole)) {
                differentFromOld400DayCut++;
            }
        }
        if (name.equals("lengthened windows")) {
            assertTrue(differentFromOld400DayCut > 0, "the old fixed 400-day look-back cuts off facts a lengthened window sees");
        }
    }

    private static CompiledRuleSet compile(Map<String, String> changes) {
        if (changes.isEmpty()) {
            return TestRules.shipped();
        }
        ShippedRules shipped = ShippedRules.load();
        Map<String, String> raw = new HashMap<>(shipped.parameters());
        raw.putAll(changes);
        return new RuleSetCompiler().compile("windows-test", shipped.drl(), raw).orElseThrow();
    }

    /** A student's whole history, spread over six years, with some facts in every window. */
    private record History(int grade, List<FamilyCircumstance> circumstances, List<ScreeningResult> screenings,
                           List<Observation> observations, List<HomeVisit> visits, Priority casePriority, int reachedDaysAgo,
                           RiskAssessment assessment, int check) {

        static History random(SplittableRandom r) {
            List<FamilyCircumstance> circumstances = new ArrayList<>();
            for (Circumstance c : Circumstance.values()) {
                if (r.nextInt(5) == 0) {
                    circumstances.add(new FamilyCircumstance(c, TODAY.minusDays(r.nextInt(2000))));
                }
            }
            List<ScreeningResult> screenings = new ArrayList<>();
            String[] instruments = {"PHQ9", "PHQA", "GAD7", "MHT"};
            for (int i = r.nextInt(12); i > 0; i--) {
                int daysAgo = daysAgo(r, 800);
                String instrument = instruments[r.nextInt(instruments.length)];
                boolean phq = instrument.startsWith("PHQ");
                screenings.add(new ScreeningResult(Facts.id(), instrument, TODAY.minusDays(daysAgo),
                        NOW.minus(Duration.ofDays(daysAgo)).plusSeconds(r.nextInt(3600)), r.nextInt(phq ? 28 : 22),
                        instrument.equals("MHT") ? Band.values()[r.nextInt(Band.values().length)] : Band.NONE,
                        phq ? Integer.valueOf(r.nextInt(4)) : null, instrument.equals("MHT") && r.nextInt(4) == 0, r.nextInt(6) != 0));
            }
            List<Observation> observations = new ArrayList<>();
            ObservationCategory[] categories = ObservationCategory.values();
            for (int i = r.nextInt(40); i > 0; i--) {
                int daysAgo = daysAgo(r, 600);
                observations.add(new Observation(Facts.id(), categories[r.nextInt(categories.length)], 1 + r.nextInt(3),
                        TODAY.minusDays(daysAgo), NOW.minus(Duration.ofDays(daysAgo)).plusSeconds(r.nextInt(3600))));
            }
            List<HomeVisit> visits = new ArrayList<>();
            HomeVisitMode[] modes = HomeVisitMode.values();
            for (int i = r.nextInt(15); i > 0; i--) {
                visits.add(new HomeVisit(TODAY.minusDays(daysAgo(r, 2000)), modes[r.nextInt(modes.length)], r.nextBoolean()));
            }
            Priority casePriority = r.nextInt(3) == 0 ? null : Priority.values()[r.nextInt(Priority.values().length)];
            RiskAssessment assessment = casePriority != null && r.nextInt(3) == 0
                    ? new RiskAssessment(Priority.values()[r.nextInt(Priority.values().length)], NOW.minus(Duration.ofDays(r.nextInt(200))))
                    : null;
            return new History(new int[] {7, 8, 9, 12}[r.nextInt(4)], circumstances, screenings, observations, visits,
                    casePriority, r.nextInt(300), assessment, r.nextInt(2));
        }

        /** Most facts long ago, many around the windows' edges, some recent. */
        private static int daysAgo(SplittableRandom r, int longest) {
            return switch (r.nextInt(4)) {
                case 0 -> r.nextInt(longest);
                case 1 -> 25 + r.nextInt(40);
                case 2 -> 355 + r.nextInt(60);
                default -> r.nextInt(30);
            };
        }

        StudentFacts facts(Predicate<ScreeningResult> s, Predicate<Observation> o, Predicate<HomeVisit> v) {
            StudentFacts.Builder b = StudentFacts.builder(new Student(1, 1, grade, 1), SEMESTER);
            circumstances.forEach(b::circumstance);
            screenings.stream().filter(s).forEach(b::screening);
            observations.stream().filter(o).forEach(b::observation);
            visits.stream().filter(v).forEach(b::homeVisit);
            if (casePriority != null) {
                b.caseState(casePriority, NOW.minus(Duration.ofDays(reachedDaysAgo)));
                if (assessment != null) {
                    b.latestAssessment(assessment);
                }
                if (check == 1) {
                    b.lastCompletion(FollowUpType.CHECK_IN, NOW.minus(Duration.ofDays(reachedDaysAgo / 2)));
                }
            }
            return b.build();
        }

        /** What FactAssembler reads: inside the windows, and before the home-visit cut the latest visit of each mode. */
        StudentFacts windowed(FactWindows w) {
            LocalDate screeningsSince = w.since(FactWindows.Kind.SCREENING, TODAY);
            LocalDate observationsSince = w.since(FactWindows.Kind.OBSERVATION, TODAY);
            LocalDate visitsFrom = FactWindows.homeVisitsFrom(SEMESTER, TODAY);
            Map<HomeVisitMode, LocalDate> latestBefore = new EnumMap<>(HomeVisitMode.class);
            visits.stream().filter(v -> v.visitedOn().isBefore(visitsFrom))
                    .forEach(v -> latestBefore.merge(v.mode(), v.visitedOn(), (a, b) -> a.isAfter(b) ? a : b));
            return facts(s -> !s.administeredOn().isBefore(screeningsSince), o -> !o.observedOn().isBefore(observationsSince),
                    v -> !v.visitedOn().isBefore(visitsFrom) || v.visitedOn().equals(latestBefore.get(v.mode())));
        }
    }
}
