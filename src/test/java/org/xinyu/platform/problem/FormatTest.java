package org.xinyu.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A feature's own format is reported under the feature's code and words, after "required" and "too long". */
class FormatTest {

    record Command(@Required @MaxLength(6) @Format(regexp = "[A-Z]{2,6}", code = "demo.codeFormat", message = "use 2-6 capitals")
                   String code) {
    }

    @Test
    void text_of_the_format_passes_and_so_does_null_which_required_reports() {
        assertTrue(Violations.of(new Command("WN")).isEmpty());
        assertEquals(List.of(FieldError.required("code")), Violations.of(new Command(null)));
    }

    @Test
    void text_of_another_format_has_the_features_code_and_message() {
        assertEquals(List.of(FieldError.of("code", "demo.codeFormat", "use 2-6 capitals")), Violations.of(new Command("wn-1")));
    }

    @Test
    void too_long_text_is_reported_as_too_long_not_as_the_wrong_format() {
        assertEquals(List.of(FieldError.tooLong("code", 6)), Violations.of(new Command("ABCDEFG")));
    }
}
