package org.xinyu.student;

import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FactDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final LocalDate BORN = LocalDate.of(2012, 5, 31);

    @Test
    void a_fact_from_the_birth_day_to_today_is_possible() {
        assertEquals(Optional.empty(), FactDates.problem("observedOn", TODAY, TODAY, BORN));
        assertEquals(Optional.empty(), FactDates.problem("observedOn", BORN, TODAY, BORN));
        assertDoesNotThrow(() -> FactDates.check("observedOn", TODAY.minusDays(3), TODAY, BORN));
    }

    @Test
    void a_fact_of_tomorrow_is_refused_as_in_the_future() {
        assertEquals(Optional.of(FieldError.of("administeredOn", "date.future", "cannot be in the future")),
                FactDates.problem("administeredOn", TODAY.plusDays(1), TODAY, BORN));
    }

    @Test
    void a_fact_before_the_student_was_born_is_refused() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> FactDates.check("observedOn", BORN.minusDays(1), TODAY, BORN));
        assertEquals(400, refused.status());
        assertEquals(List.of(FieldError.of("observedOn", "date.beforeBirth", "cannot be before the student's birth date")),
                refused.errors());
    }
}
