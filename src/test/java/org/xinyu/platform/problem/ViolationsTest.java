package org.xinyu.platform.problem;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViolationsTest {

    enum Mode { IN_PERSON, PHONE }

    record Command(@Required @MaxLength(5) @CleanText String name,
                   @MaxLength(10) @CleanText(multiLine = true) String note,
                   @Required @Between(min = 1, max = 12) Integer grade,
                   List<@Required @MaxLength(3) String> tags) {
    }

    @Test
    void a_valid_command_has_no_errors() {
        assertTrue(Violations.of(new Command("李心怡", "第一行\n第二行", 7, List.of("a"))).isEmpty());
    }

    @Test
    void each_field_reports_its_first_problem_with_a_code_in_declaration_order() {
        List<FieldError> errors = Violations.of(new Command("   ", "x\u0007", 13, List.of("abcd")));
        assertEquals(List.of("name", "note", "grade", "tags[0]"), errors.stream().map(FieldError::field).toList());
        assertEquals(List.of("required", "text.control", "range", "tooLong"), errors.stream().map(FieldError::code).toList());
        assertEquals(List.of(1L, 12L), errors.get(2).args());
        assertEquals("must be between 1 and 12", errors.get(2).message());
        assertEquals(List.of(3), errors.get(3).args());
        assertEquals("must be at most 3 characters", errors.get(3).message());
        assertEquals(List.of("U+0007"), errors.get(1).args());
    }

    @Test
    void required_comes_before_other_problems_of_the_same_field() {
        List<FieldError> errors = Violations.of(new Command(null, null, null, List.of()));
        assertEquals(List.of("name", "grade"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.stream().allMatch(e -> e.code().equals("required") && e.message().equals("is required")));
    }

    @Test
    void too_long_text_is_reported_as_too_long_even_with_a_forbidden_character() {
        List<FieldError> errors = Violations.of(new Command("abcdef\u202E", null, 1, List.of()));
        assertEquals("tooLong", errors.get(0).code());
        assertEquals(List.of(5), errors.get(0).args());
    }

    @Test
    void single_line_text_refuses_a_line_break() {
        assertEquals("text.singleLine", Violations.of(new Command("a\nb", null, 1, List.of())).get(0).code());
    }

    @Test
    void typed_values_name_the_allowed_constants_and_the_date_shape() {
        FieldError mode = TypedValues.check(Mode.class, "mode", "BY_POST").orElseThrow();
        assertEquals("oneOf", mode.code());
        assertEquals("must be one of IN_PERSON, PHONE", mode.message());
        assertEquals(List.of("IN_PERSON, PHONE"), mode.args());
        assertTrue(TypedValues.check(Mode.class, "mode", "PHONE").isEmpty());
        assertEquals("date", TypedValues.check(LocalDate.class, "visitedOn", "2026-13-01").orElseThrow().code());
        assertTrue(TypedValues.check(LocalDate.class, "visitedOn", "2026-12-01").isEmpty());
        assertTrue(TypedValues.check(String.class, "name", "anything").isEmpty());
    }
}
