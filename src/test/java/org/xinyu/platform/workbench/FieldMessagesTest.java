package org.xinyu.platform.workbench;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FieldMessagesTest {

    static final Map<String, String> EXACT = Map.of("username already exists", "accounts.error.usernameTaken");
    static final List<String> PREFIXES = List.of("password.");
    static final BiFunction<String, Object[], String> T = (key, args) -> key + List.of(args);

    @Test
    void validation_messages_are_translated_with_their_figures() {
        assertEquals(Optional.of(new FieldMessages.Text("validation.required", List.of())), FieldMessages.known("is required", EXACT, PREFIXES));
        assertEquals(Optional.of(new FieldMessages.Text("validation.tooLong", List.of(64))),
                FieldMessages.known("must be at most 64 characters", EXACT, PREFIXES));
        assertEquals(Optional.of(new FieldMessages.Text("validation.range", List.of(1, 99))),
                FieldMessages.known("must be between 1 and 99", EXACT, PREFIXES));
    }

    @Test
    void a_view_names_the_messages_it_knows_and_keys_pass_through() {
        assertEquals("accounts.error.usernameTaken[]", FieldMessages.translate("username already exists", EXACT, PREFIXES, T));
        assertEquals("password.tooShort[]", FieldMessages.translate("password.tooShort", EXACT, PREFIXES, T));
    }

    @Test
    void anything_else_is_shown_as_written() {
        assertEquals("this school (JUNIOR) does not teach grade 3",
                FieldMessages.translate("this school (JUNIOR) does not teach grade 3", EXACT, PREFIXES, T));
        assertEquals("password. is odd", FieldMessages.translate("password. is odd", EXACT, PREFIXES, T),
                "only a whole key passes as a key");
        assertEquals("", FieldMessages.translate(null, EXACT, PREFIXES, T));
    }
}
