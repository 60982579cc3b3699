package org.xinyu.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.xinyu.screening.CutOffInstrument.CriticalItem;
import org.xinyu.screening.CutOffInstrument.CutOff;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CutOffInstrumentTest {

    /** A school's own 4-item questionnaire answered 1..5, total 4..20, item 2 critical at 5. */
    private final CutOffInstrument schoolOwn = new CutOffInstrument("WN-MOOD4", "Mood check", 4, 1, 5,
            List.of(new CutOff(4, Band.NONE), new CutOff(8, Band.MILD, "WATCH"),
                    new CutOff(12, Band.MODERATE), new CutOff(16, Band.SEVERE)),
            List.of(new CriticalItem(2, 5)), null);

    @ParameterizedTest(name = "answers {0},{1},{2},{3} give total {4}, band {5}, critical {6}")
    @CsvSource({
            "1, 1, 1, 1,  4, NONE,     false",
            "2, 2, 2, 1,  7, NONE,     false",
            "2, 2, 2, 2,  8, MILD,     false",
            "3, 3, 3, 2, 11, MILD,     false",
            "3, 3, 3, 3, 12, MODERATE, false",
            "1, 5, 1, 1,  8, MILD,     true",
            "4, 4, 4, 4, 16, SEVERE,   false",
            "5, 5, 5, 5, 20, SEVERE,   true",
    })
    void an_administrator_defined_instrument_is_scored_by_its_own_cut_offs_and_critical_items(
            int a1, int a2, int a3, int a4, int total, Band band, boolean critical) {
        ScoredResult result = schoolOwn.score(List.of(a1, a2, a3, a4));
        assertEquals(total, result.totalScore());
        assertEquals(band, result.band());
        assertEquals(critical, result.critical());
        assertNull(result.item9());
    }

    @Test
    void a_cut_off_without_its_own_label_is_labelled_with_its_band() {
        assertEquals("WATCH", schoolOwn.score(List.of(2, 2, 2, 2)).label());
        assertEquals("MODERATE", schoolOwn.score(List.of(3, 3, 3, 3)).label());
    }

    @Test
    void answers_outside_the_instruments_own_range_are_refused() {
        ScoringException e = assertThrows(ScoringException.class, () -> schoolOwn.score(List.of(0, 1, 6, 1)));
        assertEquals(List.of(FieldError.of("answers[0]", "screening.answer.range", "must be between 1 and 5 (item 1)", 1, 5, 1),
                FieldError.of("answers[2]", "screening.answer.range", "must be between 1 and 5 (item 3)", 1, 5, 3)), e.errors());
    }

    @Test
    void cut_offs_given_out_of_order_are_sorted() {
        CutOffInstrument instrument = new CutOffInstrument("X", "X", 2, 0, 3,
                List.of(new CutOff(4, Band.SEVERE), new CutOff(0, Band.NONE), new CutOff(2, Band.MILD)),
                List.of(), null);
        assertEquals(Band.NONE, instrument.score(List.of(1, 0)).band());
        assertEquals(Band.MILD, instrument.score(List.of(2, 1)).band());
        assertEquals(Band.SEVERE, instrument.score(List.of(3, 1)).band());
    }

    @Test
    void a_first_cut_off_above_the_lowest_total_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new CutOffInstrument("X", "X", 2, 0, 3,
                List.of(new CutOff(1, Band.NONE)), List.of(), null));
    }

    @Test
    void two_cut_offs_starting_at_the_same_total_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new CutOffInstrument("X", "X", 2, 0, 3,
                List.of(new CutOff(0, Band.NONE), new CutOff(3, Band.MILD), new CutOff(3, Band.SEVERE)),
                List.of(), null));
    }

    @Test
    void a_cut_off_above_the_highest_total_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new CutOffInstrument("X", "X", 2, 0, 3,
                List.of(new CutOff(0, Band.NONE), new CutOff(7, Band.SEVERE)), List.of(), null));
    }

    @Test
    void a_critical_item_that_does_not_exist_or_cannot_be_reached_is_refused() {
        List<CutOff> cutOffs = List.of(new CutOff(0, Band.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> new CutOffInstrument("X", "X", 2, 0, 3, cutOffs, List.of(new CriticalItem(3, 1)), null));
        assertThrows(IllegalArgumentException.class,
                () -> new CutOffInstrument("X", "X", 2, 0, 3, cutOffs, List.of(new CriticalItem(1, 4)), null));
        assertThrows(IllegalArgumentException.class,
                () -> new CutOffInstrument("X", "X", 2, 0, 3, cutOffs, List.of(), 0));
    }

    @Test
    void an_instrument_without_items_or_code_is_refused() {
        List<CutOff> cutOffs = List.of(new CutOff(0, Band.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> new CutOffInstrument("X", "X", 0, 0, 3, cutOffs, List.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> new CutOffInstrument(" ", "X", 2, 0, 3, cutOffs, List.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> new CutOffInstrument("X", "X", 2, 3, 0, cutOffs, List.of(), null));
    }

    @Test
    void the_totals_range_follows_from_items_and_answer_range() {
        assertEquals(4, schoolOwn.minTotal());
        assertEquals(20, schoolOwn.maxTotal());
        assertEquals(1, schoolOwn.minAnswer(1));
        assertEquals(5, schoolOwn.maxAnswer(4));
        assertFalse(schoolOwn.cutOffs().isEmpty());
        assertTrue(schoolOwn.criticalItems().contains(new CriticalItem(2, 5)));
    }
}
