package org.xinyu.platform.rest;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.MultiLine;
import org.xinyu.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StrictJsonReaderTest {

    record Screening(String instrument, List<Integer> answers, @MultiLine String note) {
    }

    record Klass(Integer grade, int classNo, Boolean head) {
    }

    private static List<FieldError> errors(Class<?> type, String json) {
        JsonValue value = StrictJsonReader.parseExactlyOne(json);
        List<FieldError> errors = new ArrayList<>();
        StrictJsonReader.check(type, value, "", false, errors);
        return errors;
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void trailing_content_after_the_body_is_refused() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> StrictJsonReader.parseExactlyOne("{\"code\":\"X1\"} xyz"));
        assertEquals(400, e.status());
        assertEquals("body", e.errors().get(0).field());
        assertThrows(ProblemException.class, () -> StrictJsonReader.parseExactlyOne("{} {}"));
        StrictJsonReader.parseExactlyOne("  {\"code\":\"X1\"}  \n");
    }

    @Test
    void a_body_that_is_json_null_is_refused_instead_of_binding_to_nothing() throws Exception {
        java.io.InputStream body = new java.io.ByteArrayInputStream("null".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Object> type = (Class) Klass.class;
        ProblemException e = assertThrows(ProblemException.class, () -> new StrictJsonReader().readFrom(type, Klass.class,
                new java.lang.annotation.Annotation[0], jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE, null, body));
        assertEquals(400, e.status());
        assertEquals("body", e.errors().get(0).field());
    }

    @Test
    void a_fraction_where_a_whole_number_belongs_is_refused_by_position() {
        assertEquals(List.of("answers[0]", "answers[2]"),
                fields(errors(Screening.class, "{\"instrument\":\"PHQ-9\",\"answers\":[1.5,1,2.25]}")));
    }

    @Test
    void a_number_in_a_string_is_not_coerced() {
        assertEquals(List.of("grade"), fields(errors(Klass.class, "{\"grade\":\"9\",\"classNo\":1}")));
        assertEquals(List.of("head"), fields(errors(Klass.class, "{\"grade\":9,\"classNo\":1,\"head\":\"true\"}")));
        assertEquals(List.of("grade"), fields(errors(Klass.class, "{\"grade\":4294967296,\"classNo\":1}")));
    }

    @Test
    void a_missing_primitive_is_required_instead_of_zero() {
        assertEquals(List.of("classNo"), fields(errors(Klass.class, "{\"grade\":9}")));
        assertEquals(List.of("classNo"), fields(errors(Klass.class, "{\"grade\":9,\"classNo\":null}")));
    }

    @Test
    void control_bidi_and_lone_surrogate_characters_are_refused_in_text() {
        assertEquals(List.of("instrument"), fields(errors(Screening.class, "{\"instrument\":\"PHQ\\u0000-9\"}")));
        assertEquals(List.of("instrument"), fields(errors(Screening.class, "{\"instrument\":\"PHQ\\u202e9-\"}")));
        assertEquals(List.of("instrument"), fields(errors(Screening.class, "{\"instrument\":\"\\ud800\"}")));
        assertEquals(List.of("instrument"), fields(errors(Screening.class, "{\"instrument\":\"a\\nb\"}")));
        assertTrue(errors(Screening.class, "{\"instrument\":\"PHQ-9 😀 心育\",\"note\":\"line one\\nline\\ttwo\"}").isEmpty());
        assertEquals(List.of("note"), fields(errors(Screening.class, "{\"note\":\"a\\u0007b\"}")));
    }
}
