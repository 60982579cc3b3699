package org.xinyu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.xinyu.observation.ObservationCategory;
import org.xinyu.screening.ScoredResult;
import org.xinyu.screening.StandardInstruments;
import org.xinyu.student.Circumstance;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoDistrictGeneratorTest {

    private static final LocalDate REF = DemoDistrictGenerator.DEFAULT_REFERENCE_DATE;
    private static final DemoDistrict DISTRICT = DemoDistrictGenerator.generate(DemoDistrictGenerator.DEFAULT_SEED, REF);
    private static final Set<String> WEINAN_COUNTIES = Set.of("临渭区", "华州区", "潼关县", "大荔县", "合阳县", "澄城县",
            "蒲城县", "白水县", "富平县", "韩城市", "华阴市");

    private static Map<String, DemoSchool> schoolsByCode(DemoDistrict d) {
        return d.schools().stream().collect(Collectors.toMap(DemoSchool::code, s -> s));
    }

    private static <T> double rate(List<T> list, Predicate<? super T> p) {
        return (double) list.stream().filter(p).count() / list.size();
    }

    private static List<DemoStudent> students(DemoDistrict d, boolean rural) {
        Map<String, DemoSchool> schools = schoolsByCode(d);
        return d.students().stream().filter(s -> schools.get(s.schoolCode()).rural() == rural)
                .collect(Collectors.toList());
    }

    private static boolean isChinese(String text) {
        return !text.isEmpty() && text.codePoints()
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    // --- determinism -------------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {DemoDistrictGenerator.DEFAULT_SEED, 1L, 42L})
    void the_same_seed_and_reference_date_give_identical_districts(long seed) {
        DemoDistrict a = DemoDistrictGenerator.generate(seed, REF);
        DemoDistrict b = DemoDistrictGenerator.generate(seed, REF);
        assertEquals(a, b);
        assertEquals(a.toString(), b.toString());
    }

    @Test
    void a_different_seed_gives_different_students() {
        DemoDistrict other = DemoDistrictGenerator.generate(DemoDistrictGenerator.DEFAULT_SEED + 1, REF);
        assertNotEquals(DISTRICT.students(), other.students());
        assertEquals(DISTRICT.schools(), other.schools(), "the schools are fixed, the people are not");
    }

    @Test
    void the_default_seed_overload_gives_the_default_seed_district() {
        assertEquals(DISTRICT, DemoDistrictGenerator.generate(REF));
    }

    // --- organisation ------------------------------------------------------------------------

    @Test
    void the_district_has_at_least_six_schools_sixty_classes_and_two_thousand_students() {
        assertTrue(DISTRICT.schools().size() >= 6, DISTRICT.summary());
        assertTrue(DISTRICT.classes().size() >= 60, DISTRICT.summary());
        assertTrue(DISTRICT.students().size() >= 2000, DISTRICT.summary());
        assertTrue(DISTRICT.students().size() <= 3000, DISTRICT.summary());
    }

    @Test
    void schools_lie_in_two_weinan_counties_and_include_rural_and_urban_ones_of_every_stage() {
        Set<String> counties = DISTRICT.schools().stream().map(DemoSchool::district).collect(Collectors.toSet());
        assertTrue(WEINAN_COUNTIES.containsAll(counties), counties.toString());
        assertTrue(counties.size() >= 2, counties.toString());
        assertTrue(DISTRICT.schools().stream().anyMatch(DemoSchool::rural));
        assertTrue(DISTRICT.schools().stream().anyMatch(s -> !s.rural()));
        assertEquals(Set.of("PRIMARY", "JUNIOR", "SENIOR", "NINE_YEAR", "COMPLETE"),
                DISTRICT.schools().stream().map(DemoSchool::stage).collect(Collectors.toSet()));
        for (DemoSchool school : DISTRICT.schools()) {
            assertTrue(school.code().matches("WN-[A-Z]{2}-\\d{3}"), school.code());
            assertTrue(isChinese(school.name()), school.name());
            assertTrue(school.name().startsWith("渭南") || school.name().startsWith(school.district()),
                    school.name());
        }
        assertEquals(DISTRICT.schools().size(),
                DISTRICT.schools().stream().map(DemoSchool::code).distinct().count(), "school codes are unique");
    }

    @Test
    void the_first_school_is_a_junior_or_nine_year_school_with_grade_9_classes_and_students() {
        DemoSchool first = DISTRICT.firstSchool();
        assertTrue(Set.of("JUNIOR", "NINE_YEAR").contains(first.stage()), first.stage());
        assertTrue(first.teachesGrade(9));
        assertTrue(DISTRICT.classesOf(first.code()).stream().anyMatch(c -> c.grade() == 9));
        assertTrue(DISTRICT.studentsOf(first.code()).stream().anyMatch(s -> s.grade() == 9));
    }

    @Test
    void every_class_and_student_is_in_a_grade_its_school_teaches() {
        Map<String, DemoSchool> schools = schoolsByCode(DISTRICT);
        for (DemoClass c : DISTRICT.classes()) {
            assertTrue(schools.get(c.schoolCode()).teachesGrade(c.grade()), c.toString());
        }
        Set<String> classKeys = DISTRICT.classes().stream()
                .map(c -> c.schoolCode() + "/" + c.grade() + "/" + c.classNo()).collect(Collectors.toSet());
        assertEquals(DISTRICT.classes().size(), classKeys.size(), "classes are unique");
        for (DemoStudent s : DISTRICT.students()) {
            assertTrue(schools.get(s.schoolCode()).teachesGrade(s.grade()), s.toString());
            assertTrue(classKeys.contains(s.schoolCode() + "/" + s.grade() + "/" + s.classNo()), s.toString());
        }
    }

    @Test
    void every_school_has_classes_in_every_grade_of_its_stage_numbered_from_one() {
        for (DemoSchool school : DISTRICT.schools()) {
            for (int grade : school.grades()) {
                List<Integer> numbers = DISTRICT.classesOf(school.code()).stream().filter(c -> c.grade() == grade)
                        .map(DemoClass::classNo).sorted().collect(Collectors.toList());
                assertFalse(numbers.isEmpty(), school.code() + " grade " + grade);
                for (int i = 0; i < numbers.size(); i++) {
                    assertEquals(i + 1, numbers.get(i), school.code() + " grade " + grade);
                }
            }
        }
    }

    @Test
    void every_class_has_35_to_45_students() {
        Map<String, Long> sizes = DISTRICT.students().stream().collect(
                Collectors.groupingBy(s -> s.schoolCode() + "/" + s.grade() + "/" + s.classNo(), Collectors.counting()));
        assertEquals(DISTRICT.classes().size(), sizes.size());
        sizes.forEach((cls, n) -> assertTrue(n >= 35 && n <= 45, cls + " has " + n));
    }

    @Test
    void stages_teach_the_grades_of_the_chinese_school_system() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), new DemoSchool("X", "X", "临渭区", "PRIMARY", false).grades());
        assertEquals(List.of(7, 8, 9), new DemoSchool("X", "X", "临渭区", "JUNIOR", false).grades());
        assertEquals(List.of(10, 11, 12), new DemoSchool("X", "X", "临渭区", "SENIOR", false).grades());
        assertEquals(9, new DemoSchool("X", "X", "临渭区", "NINE_YEAR", false).grades().size());
        assertEquals(List.of(7, 8, 9, 10, 11, 12), new DemoSchool("X", "X", "临渭区", "COMPLETE", false).grades());
    }

    // --- students ----------------------------------------------------------------------------

    @Test
    void student_numbers_are_unique_within_each_school_and_have_eight_digits() {
        Map<String, Set<String>> bySchool = new HashMap<>();
        for (DemoStudent s : DISTRICT.students()) {
            assertTrue(s.studentNo().matches("20\\d{6}"), s.studentNo());
            assertTrue(bySchool.computeIfAbsent(s.schoolCode(), k -> new HashSet<>()).add(s.studentNo()),
                    "duplicate " + s.key());
        }
    }

    @Test
    void students_have_chinese_names_and_about_as_many_girls_as_boys() {
        for (DemoStudent s : DISTRICT.students()) {
            assertTrue(isChinese(s.name()), s.name());
            int length = s.name().codePointCount(0, s.name().length());
            assertTrue(length >= 2 && length <= 4, s.name());
            assertTrue(Set.of("F", "M").contains(s.gender()), s.gender());
        }
        double girls = rate(DISTRICT.students(), s -> s.gender().equals("F"));
        assertTrue(girls > 0.45 && girls < 0.55, "girls " + girls);
        long distinctNames = DISTRICT.students().stream().map(DemoStudent::name).distinct().count();
        assertTrue(distinctNames > DISTRICT.students().size() * 0.7, "distinct names " + distinctNames);
    }

    @ParameterizedTest(name = "reference date {0}")
    @ValueSource(strings = {"2026-11-29", "2027-03-15", "2027-09-01", "2026-08-31"})
    void birth_dates_fit_the_grade_children_start_school_at_six(String date) {
        LocalDate ref = LocalDate.parse(date);
        LocalDate yearStart = DemoDistrictGenerator.schoolYearStart(ref);
        DemoDistrict d = DemoDistrictGenerator.generate(DemoDistrictGenerator.DEFAULT_SEED, ref);
        int onTime = 0;
        for (DemoStudent s : d.students()) {
            int age = Period.between(s.birthDate(), yearStart).getYears();
            // on time: 6 on 1 September of grade 1 (7 if born on 1 September); a year older if late
            assertTrue(age >= s.grade() + 5 && age <= s.grade() + 7, s + " is " + age + " on " + yearStart);
            if (!s.birthDate().isBefore(yearStart.minusYears(6L + s.grade()))) {
                onTime++;
            }
        }
        assertTrue(onTime > d.students().size() * 0.9, "on time " + onTime);
    }

    @Test
    void a_grade_1_pupil_is_six_or_seven_on_1_september_2026() {
        DISTRICT.students().stream().filter(s -> s.grade() == 1).forEach(s -> {
            int age = Period.between(s.birthDate(), LocalDate.of(2026, 9, 1)).getYears();
            assertTrue(age == 6 || age == 7, s.toString());
        });
    }

    // --- family circumstances ----------------------------------------------------------------

    @Test
    void left_behind_children_are_far_more_common_in_rural_schools() {
        double rural = rate(students(DISTRICT, true), s -> s.has(Circumstance.LEFT_BEHIND));
        double urban = rate(students(DISTRICT, false), s -> s.has(Circumstance.LEFT_BEHIND));
        assertTrue(rural >= 0.28 && rural <= 0.42, "rural " + rural);
        assertTrue(urban >= 0.03 && urban <= 0.10, "urban " + urban);
        assertTrue(rural > 3 * urban, "rural " + rural + " urban " + urban);
    }

    @ParameterizedTest(name = "{0}: rural {1}–{2}, urban {3}–{4}")
    @CsvSource({
            "POOR,          0.06,  0.15, 0.015, 0.06",
            "SINGLE_PARENT, 0.05,  0.11, 0.05,  0.11",
            "DISABLED,      0.003, 0.03, 0.003, 0.03",
            "ADVERSE_EVENT, 0.015, 0.05, 0.015, 0.05",
    })
    void other_circumstances_occur_at_plausible_rates(Circumstance circumstance, double ruralMin, double ruralMax,
                                                      double urbanMin, double urbanMax) {
        double rural = rate(students(DISTRICT, true), s -> s.has(circumstance));
        double urban = rate(students(DISTRICT, false), s -> s.has(circumstance));
        assertTrue(rural >= ruralMin && rural <= ruralMax, "rural " + rural);
        assertTrue(urban >= urbanMin && urban <= urbanMax, "urban " + urban);
    }

    @Test
    void poverty_is_more_common_in_rural_schools() {
        assertTrue(rate(students(DISTRICT, true), s -> s.has(Circumstance.POOR))
                > 1.5 * rate(students(DISTRICT, false), s -> s.has(Circumstance.POOR)));
    }

    @Test
    void circumstances_were_recorded_within_two_years_and_not_before_the_student_entered_the_school() {
        Map<String, DemoSchool> schools = schoolsByCode(DISTRICT);
        for (DemoStudent s : DISTRICT.students()) {
            Set<Circumstance> seen = EnumSet.noneOf(Circumstance.class);
            LocalDate entered = LocalDate.of(Integer.parseInt(s.studentNo().substring(0, 4)), 9, 1);
            assertEquals(2026 - (s.grade() - schools.get(s.schoolCode()).firstGrade()), entered.getYear(),
                    s.toString());
            for (DemoCircumstance c : s.circumstances()) {
                assertTrue(seen.add(c.circumstance()), "duplicate circumstance " + s);
                assertFalse(c.recordedOn().isAfter(REF), s.toString());
                assertFalse(c.recordedOn().isBefore(REF.minusDays(730)), s.toString());
                assertFalse(c.recordedOn().isBefore(entered), s.toString());
            }
            assertEquals(s.circumstances().size(), s.circumstanceNames().size());
        }
    }

    // --- staff -------------------------------------------------------------------------------

    @Test
    void every_class_has_a_head_teacher_account_named_after_it() {
        Map<String, DemoStaff> byUsername = DISTRICT.staff().stream()
                .collect(Collectors.toMap(DemoStaff::username, s -> s));
        assertEquals(DISTRICT.staff().size(), byUsername.size(), "usernames are unique");
        for (DemoClass c : DISTRICT.classes()) {
            String expected = ("ht-" + c.schoolCode() + "-" + c.grade() + "-" + c.classNo()).toLowerCase();
            assertEquals(expected, c.headTeacherUsername());
            DemoStaff teacher = byUsername.get(expected);
            assertEquals(DemoStaff.HEAD_TEACHER, teacher.role());
            assertEquals(c.schoolCode(), teacher.schoolCode());
            assertEquals(c.grade(), teacher.grade());
            assertEquals(c.classNo(), teacher.classNo());
        }
    }

    @Test
    void every_school_has_exactly_one_counsellor_and_staff_names_are_chinese() {
        for (DemoSchool school : DISTRICT.schools()) {
            assertEquals(1, DISTRICT.staff().stream()
                    .filter(s -> s.role().equals(DemoStaff.COUNSELOR) && s.schoolCode().equals(school.code())).count());
        }
        assertEquals(DISTRICT.classes().size() + DISTRICT.schools().size(), DISTRICT.staff().size());
        for (DemoStaff s : DISTRICT.staff()) {
            assertTrue(s.username().matches("[a-z0-9-]+"), s.username());
            assertTrue(isChinese(s.displayName()), s.displayName());
        }
    }

    // --- screenings and observations -------------------------------------------------------------

    @Test
    void screenings_are_valid_phq9_or_gad7_answers_of_grade_5_to_12_students_from_the_last_60_days() {
        for (DemoScreening s : DISTRICT.screenings()) {
            DemoStudent student = DISTRICT.student(s.schoolCode(), s.studentNo()).orElseThrow();
            assertTrue(student.grade() >= 5, s.toString());
            assertTrue(Set.of("PHQ9", "GAD7").contains(s.instrument()), s.instrument());
            ScoredResult result = StandardInstruments.find(s.instrument()).orElseThrow().score(s.answers());
            assertEquals(s.total(), result.totalScore());
            assertFalse(s.administeredOn().isAfter(REF), s.toString());
            assertTrue(s.administeredOn().isAfter(REF.minusDays(60)), s.toString());
        }
        Set<String> keys = new HashSet<>();
        for (DemoScreening s : DISTRICT.screenings()) {
            assertTrue(keys.add(s.schoolCode() + s.studentNo() + s.instrument()), "one per instrument: " + s);
        }
    }

    @Test
    void about_15_percent_take_phq9_and_10_percent_gad7_with_realistic_score_distributions() {
        long screenable = DISTRICT.students().stream().filter(s -> s.grade() >= 5).count();
        List<DemoScreening> phq = DISTRICT.screenings().stream().filter(s -> s.instrument().equals("PHQ9"))
                .collect(Collectors.toList());
        List<DemoScreening> gad = DISTRICT.screenings().stream().filter(s -> s.instrument().equals("GAD7"))
                .collect(Collectors.toList());
        double phqRate = (double) phq.size() / screenable;
        double gadRate = (double) gad.size() / screenable;
        assertTrue(phqRate >= 0.11 && phqRate <= 0.19, "PHQ " + phqRate);
        assertTrue(gadRate >= 0.07 && gadRate <= 0.13, "GAD " + gadRate);

        double low = rate(phq, s -> s.total() < 5);
        double moderateOrMore = rate(phq, s -> s.total() >= 10);
        double severe = rate(phq, s -> s.total() >= 20);
        double item9 = rate(phq, s -> s.answers().get(8) >= 1);
        assertTrue(low >= 0.45 && low <= 0.75, "PHQ below 5: " + low);
        assertTrue(moderateOrMore >= 0.08 && moderateOrMore <= 0.30, "PHQ 10+: " + moderateOrMore);
        assertTrue(severe > 0 && severe <= 0.06, "PHQ 20+: " + severe);
        assertTrue(item9 > 0 && item9 <= 0.04, "item 9 >= 1: " + item9);
        assertTrue(rate(gad, s -> s.total() < 5) >= 0.45, "most GAD-7 are minimal");
    }

    @Test
    void about_3_percent_of_students_have_a_recent_observation_with_a_valid_category_and_severity() {
        for (DemoObservation o : DISTRICT.observations()) {
            ObservationCategory category = ObservationCategory.valueOf(o.category());
            assertTrue(o.severity() >= 1 && o.severity() <= 3, o.toString());
            if (category.isRedFlag()) {
                assertTrue(o.severity() >= 2, "red flags are at least concerning: " + o);
            }
            assertFalse(o.observedOn().isAfter(REF), o.toString());
            assertTrue(o.observedOn().isAfter(REF.minusDays(30)), o.toString());
            assertFalse(o.note().isBlank());
            assertTrue(DISTRICT.student(o.schoolCode(), o.studentNo()).isPresent(), o.toString());
        }
        long observed = DISTRICT.observations().stream().map(o -> o.schoolCode() + "/" + o.studentNo()).distinct()
                .count();
        double observedRate = (double) observed / DISTRICT.students().size();
        assertTrue(observedRate >= 0.02 && observedRate <= 0.05, "observed " + observedRate);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {DemoDistrictGenerator.DEFAULT_SEED, 1L, 2L, 3L, 99L})
    void the_first_schools_queue_shows_crisis_and_high_cases_whatever_the_seed(long seed) {
        DemoDistrict d = DemoDistrictGenerator.generate(seed, REF);
        String first = d.firstSchool().code();
        List<DemoScreening> screenings = d.screenings().stream().filter(s -> s.schoolCode().equals(first))
                .collect(Collectors.toList());
        List<DemoObservation> observations = d.observations().stream().filter(o -> o.schoolCode().equals(first))
                .collect(Collectors.toList());
        assertTrue(screenings.stream().anyMatch(s -> s.instrument().equals("PHQ9") && s.answers().get(8) >= 2),
                "a PHQ-9 with item 9 >= 2");
        assertTrue(screenings.stream().anyMatch(s -> s.instrument().equals("PHQ9") && s.total() >= 20),
                "a severe PHQ-9");
        assertTrue(screenings.stream().anyMatch(s -> s.instrument().equals("GAD7") && s.total() >= 15),
                "a severe GAD-7");
        assertTrue(observations.stream().anyMatch(o -> ObservationCategory.valueOf(o.category()).isRedFlag()),
                "a red-flag observation");
        Map<String, Long> concerning = observations.stream().filter(o -> o.severity() >= 2)
                .collect(Collectors.groupingBy(DemoObservation::studentNo, Collectors.counting()));
        assertTrue(concerning.values().stream().anyMatch(n -> n >= 3), "three concerning observations");
        assertTrue(screenings.stream().anyMatch(s -> {
            DemoStudent st = d.student(first, s.studentNo()).orElseThrow();
            return s.instrument().equals("PHQ9") && s.total() >= 10 && s.total() < 20 && st.grade() == 9
                    && !st.circumstances().isEmpty();
        }), "a moderate PHQ-9 of a graduating student with a family circumstance");
    }

    @Test
    void facts_follow_the_reference_date_not_the_clock() {
        LocalDate later = LocalDate.of(2027, 5, 20);
        DemoDistrict d = DemoDistrictGenerator.generate(DemoDistrictGenerator.DEFAULT_SEED, later);
        assertTrue(d.screenings().stream().allMatch(s -> !s.administeredOn().isAfter(later)
                && s.administeredOn().isAfter(later.minusDays(60))));
        assertTrue(d.observations().stream().allMatch(o -> !o.observedOn().isAfter(later)
                && o.observedOn().isAfter(later.minusDays(30))));
        assertTrue(d.students().stream().flatMap(s -> s.circumstances().stream())
                .allMatch(c -> !c.recordedOn().isAfter(later)));
    }

    @ParameterizedTest(name = "{0} is in the school year starting {1}")
    @CsvSource({"2026-11-29, 2026-09-01", "2026-09-01, 2026-09-01", "2026-08-31, 2025-09-01",
            "2027-01-15, 2026-09-01", "2027-07-10, 2026-09-01"})
    void the_school_year_starts_on_1_september(LocalDate date, LocalDate start) {
        assertEquals(start, DemoDistrictGenerator.schoolYearStart(date));
    }
}
