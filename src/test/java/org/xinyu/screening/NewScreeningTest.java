package org.xinyu.screening;

import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.Violations;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A screening's own fields are the command's to check; its answers are the instrument's, with codes and arguments. */
class NewScreeningTest {

    @Test
    void the_instrument_and_the_day_are_required_the_answers_are_the_instruments_to_judge() {
        assertTrue(Violations.of(new NewScreening("phq-9", LocalDate.of(2026, 11, 2), null)).isEmpty());
        assertEquals(List.of(FieldError.required("instrument"), FieldError.required("administeredOn")),
                Violations.of(new NewScreening(" ", null, List.of(1, 2))));
    }

    @Test
    void a_wrong_number_of_answers_has_a_code_with_the_expected_and_given_counts() {
        ScoringException e = assertThrows(ScoringException.class,
                () -> StandardInstruments.GAD7.score(Collections.nCopies(5, 1)));
        assertEquals(List.of(FieldError.of("answers", "screening.answers.count", "must have 7 answers for GAD-7 but has 5",
                7, "GAD-7", 5)), e.errors());
    }

    @Test
    void a_missing_answer_has_a_code_with_its_item_number() {
        List<Integer> answers = new java.util.ArrayList<>(Collections.nCopies(9, 0));
        answers.set(4, null);
        ScoringException e = assertThrows(ScoringException.class, () -> StandardInstruments.PHQ9.score(answers));
        assertEquals(List.of(FieldError.of("answers[4]", "screening.answer.required", "is required (item 5)", 5)), e.errors());
    }
}
