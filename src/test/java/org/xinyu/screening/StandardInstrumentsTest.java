package org.xinyu.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StandardInstrumentsTest {

    /** Answers summing to {@code total} with the self-harm item (9) held at 0 whenever possible. */
    static List<Integer> answersWithTotal(int items, int total) {
        Integer[] answers = new Integer[items];
        Arrays.fill(answers, 0);
        int left = total;
        // fill items other than item 9 first, then item 9 only if the total needs it
        for (int i = 0; i < items && left > 0; i++) {
            if (items == 9 && i == 8) {
                continue;
            }
            int a = Math.min(3, left);
            answers[i] = a;
            left -= a;
        }
        if (left > 0) {
            answers[8] = left;
        }
        return List.of(answers);
    }

    @ParameterizedTest(name = "{0} total {1} is band {2} labelled {3}")
    @CsvSource({
            "PHQ9, 0,  NONE,     NONE",
            "PHQ9, 4,  NONE,     NONE",
            "PHQ9, 5,  MILD,     MILD",
            "PHQ9, 9,  MILD,     MILD",
            "PHQ9, 10, MODERATE, MODERATE",
            "PHQ9, 14, MODERATE, MODERATE",
            "PHQ9, 15, MODERATE, MODERATELY_SEVERE",
            "PHQ9, 19, MODERATE, MODERATELY_SEVERE",
            "PHQ9, 20, SEVERE,   SEVERE",
            "PHQ9, 27, SEVERE,   SEVERE",
            "PHQA, 4,  NONE,     NONE",
            "PHQA, 5,  MILD,     MILD",
            "PHQA, 9,  MILD,     MILD",
            "PHQA, 10, MODERATE, MODERATE",
            "PHQA, 14, MODERATE, MODERATE",
            "PHQA, 15, MODERATE, MODERATELY_SEVERE",
            "PHQA, 19, MODERATE, MODERATELY_SEVERE",
            "PHQA, 20, SEVERE,   SEVERE",
            "GAD7, 0,  NONE,     MINIMAL",
            "GAD7, 4,  NONE,     MINIMAL",
            "GAD7, 5,  MILD,     MILD",
            "GAD7, 9,  MILD,     MILD",
            "GAD7, 10, MODERATE, MODERATE",
            "GAD7, 14, MODERATE, MODERATE",
            "GAD7, 15, SEVERE,   SEVERE",
            "GAD7, 19, SEVERE,   SEVERE",
            "GAD7, 20, SEVERE,   SEVERE",
            "GAD7, 21, SEVERE,   SEVERE",
    })
    void a_total_falls_in_the_band_and_label_of_its_range(String code, int total, Band band, String label) {
        Instrument instrument = StandardInstruments.find(code).orElseThrow();
        ScoredResult result = instrument.score(answersWithTotal(instrument.itemCount(), total));
        assertEquals(code, result.instrument());
        assertEquals(total, result.totalScore());
        assertEquals(band, result.band());
        assertEquals(label, result.label());
    }

    @ParameterizedTest(name = "{0} with item 9 = {1} reports item9 {1} and critical {2}")
    @CsvSource({
            "PHQ9, 0, false",
            "PHQ9, 1, false",
            "PHQ9, 2, true",
            "PHQ9, 3, true",
            "PHQA, 0, false",
            "PHQA, 1, false",
            "PHQA, 2, true",
            "PHQA, 3, true",
    })
    void the_phq_item_9_answer_is_reported_and_two_or_more_is_critical(String code, int item9, boolean critical) {
        List<Integer> answers = List.of(0, 0, 0, 0, 0, 0, 0, 0, item9);
        ScoredResult result = StandardInstruments.find(code).orElseThrow().score(answers);
        assertEquals(item9, result.item9());
        assertTrue(result.hasItem9());
        assertEquals(critical, result.critical());
        assertEquals(item9, result.totalScore());
        assertEquals(Band.NONE, result.band(), "item 9 alone does not raise the band");
    }

    @Test
    void a_low_total_is_still_critical_when_item_9_is_high() {
        ScoredResult result = StandardInstruments.PHQ9.score(List.of(1, 0, 0, 1, 0, 0, 0, 0, 3));
        assertEquals(5, result.totalScore());
        assertEquals(Band.MILD, result.band());
        assertTrue(result.critical());
    }

    @Test
    void gad7_has_no_item_9_and_is_never_critical_even_at_its_maximum() {
        ScoredResult result = StandardInstruments.GAD7.score(List.of(3, 3, 3, 3, 3, 3, 3));
        assertEquals(21, result.totalScore());
        assertNull(result.item9());
        assertFalse(result.hasItem9());
        assertFalse(result.critical());
    }

    @Test
    void scoring_keeps_the_answers_in_order_and_sums_them() {
        List<Integer> answers = List.of(3, 2, 1, 0, 1, 2, 3, 0, 1);
        ScoredResult result = StandardInstruments.PHQ9.score(answers);
        assertEquals(answers, result.answers());
        assertEquals(13, result.totalScore());
        assertEquals(1, result.item9());
    }

    @Test
    void the_result_does_not_change_when_the_caller_later_changes_its_answer_list() {
        List<Integer> answers = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 1));
        ScoredResult result = StandardInstruments.GAD7.score(answers);
        answers.set(0, 3);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 1), result.answers());
        assertThrows(UnsupportedOperationException.class, () -> result.answers().set(0, 2));
    }

    @ParameterizedTest(name = "{0} with {1} answers is refused on the answers field")
    @CsvSource({
            "PHQ9, 0", "PHQ9, 8", "PHQ9, 10", "PHQA, 7", "GAD7, 6", "GAD7, 9",
    })
    void a_wrong_number_of_answers_is_refused_on_the_answers_field(String code, int count) {
        Instrument instrument = StandardInstruments.find(code).orElseThrow();
        List<Integer> answers = java.util.Collections.nCopies(count, 1);
        ScoringException e = assertThrows(ScoringException.class, () -> instrument.score(answers));
        assertEquals(1, e.errors().size());
        assertEquals("answers", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains(String.valueOf(instrument.itemCount())),
                e.errors().get(0).message());
    }

    @Test
    void a_missing_answer_list_is_refused_on_the_answers_field() {
        ScoringException e = assertThrows(ScoringException.class, () -> StandardInstruments.PHQ9.score(null));
        assertEquals(List.of(FieldError.required("answers")), e.errors());
    }

    @ParameterizedTest(name = "answer {1} at index {0} is refused")
    @CsvSource({"0, -1", "3, 4", "8, 7", "5, 100", "2, -3"})
    void an_out_of_range_answer_is_refused_on_its_own_index(int index, int value) {
        List<Integer> answers = new ArrayList<>(java.util.Collections.nCopies(9, 0));
        answers.set(index, value);
        ScoringException e = assertThrows(ScoringException.class, () -> StandardInstruments.PHQ9.score(answers));
        assertEquals(1, e.errors().size());
        assertEquals("answers[" + index + "]", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().startsWith("must be between 0 and 3"), e.errors().get(0).message());
    }

    @Test
    void a_null_answer_is_refused_on_its_own_index() {
        List<Integer> answers = Arrays.asList(1, 1, 1, null, 1, 1, 1);
        ScoringException e = assertThrows(ScoringException.class, () -> StandardInstruments.GAD7.score(answers));
        assertEquals(List.of("answers[3]"), fields(e));
    }

    @Test
    void every_problem_is_reported_at_once() {
        List<Integer> answers = Arrays.asList(5, null, 1, -1, 0, 0, 0, 0);
        ScoringException e = assertThrows(ScoringException.class, () -> StandardInstruments.PHQ9.score(answers));
        assertEquals(List.of("answers", "answers[0]", "answers[1]", "answers[3]"), fields(e));
        assertTrue(e.getMessage().contains("PHQ9"), e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "PHQ9, PHQ9", "phq9, PHQ9", "PHQ-9, PHQ9", "' phq_9 ', PHQ9",
            "PHQA, PHQA", "PHQ-A, PHQA", "gad-7, GAD7", "GAD7, GAD7",
    })
    void a_standard_instrument_is_found_by_its_code_in_any_common_spelling(String code, String expected) {
        assertEquals(expected, StandardInstruments.find(code).orElseThrow().code());
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @NullAndEmptySource
    @ValueSource(strings = {"MHT", "SCL90", "PHQ", "GAD", "  "})
    void an_unknown_code_finds_no_instrument(String code) {
        assertTrue(StandardInstruments.find(code).isEmpty());
    }

    @Test
    void the_standard_instruments_are_phq9_phqa_and_gad7() {
        assertEquals(List.of("PHQ9", "PHQA", "GAD7"),
                StandardInstruments.all().stream().map(Instrument::code).collect(Collectors.toList()));
        assertSame(StandardInstruments.PHQ9, StandardInstruments.find("PHQ9").orElseThrow());
        assertEquals(27, StandardInstruments.PHQ9.maxTotal());
        assertEquals(21, StandardInstruments.GAD7.maxTotal());
        assertTrue(StandardInstruments.isPhq("PHQA"));
        assertFalse(StandardInstruments.isPhq("GAD7"));
    }

    private static List<String> fields(ScoringException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toList());
    }
}
