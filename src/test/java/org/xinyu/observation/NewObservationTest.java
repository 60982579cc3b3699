package org.xinyu.observation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.Violations;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewObservationTest {

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of(new NewObservation(null, 2, null, null), "category", "required"),
                Arguments.of(new NewObservation(ObservationCategory.LOW_MOOD, null, null, null), "severity", "required"),
                Arguments.of(new NewObservation(ObservationCategory.LOW_MOOD, 0, null, null), "severity", "range"),
                Arguments.of(new NewObservation(ObservationCategory.LOW_MOOD, 4, null, null), "severity", "range"),
                Arguments.of(new NewObservation(ObservationCategory.LOW_MOOD, 2, null, "很".repeat(2001)), "note", "tooLong"),
                Arguments.of(new NewObservation(ObservationCategory.LOW_MOOD, 2, null, "a\u202Eb"), "note", "text.bidi"));
    }

    @Test
    void an_observation_needs_no_day_and_no_note_and_a_note_may_have_lines() {
        assertTrue(Violations.of(new NewObservation(ObservationCategory.ABSENCE, 1, null, null)).isEmpty());
        assertTrue(Violations.of(new NewObservation(ObservationCategory.ABSENCE, 3, LocalDate.of(2026, 11, 2),
                "第一行\n第二行\t缩进")).isEmpty());
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("bad")
    void a_bad_field_is_named_with_its_code(NewObservation command, String field, String code) {
        List<FieldError> errors = Violations.of(command);
        assertEquals(List.of(field), errors.stream().map(FieldError::field).toList());
        assertEquals(code, errors.get(0).code());
    }
}
