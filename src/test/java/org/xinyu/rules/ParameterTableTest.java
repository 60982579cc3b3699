package org.xinyu.rules;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.rules.ParameterTable.Parameter;
import org.xinyu.rules.engine.ShippedRules;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ParameterTableTest {

    @Test
    void the_comment_directly_above_a_key_is_its_meaning_and_a_comment_before_a_blank_line_belongs_to_none() {
        String text = """
                # The file's introduction.
                # Second line of it.

                # Days a result counts.
                screening.validity.days=365
                # Section heading,
                # and the key's own line.
                phq.severe.min = 20
                no.comment=x
                """;
        assertEquals(List.of(
                new Parameter("screening.validity.days", "365", "Days a result counts."),
                new Parameter("phq.severe.min", "20", "Section heading, and the key's own line."),
                new Parameter("no.comment", "x", "")), ParameterTable.parse(text));
    }

    @Test
    void values_are_read_as_properties_reads_them_and_continued_lines_are_no_keys() {
        String text = """
                # A list over two lines.
                homevisit.circumstances=POOR,\\
                    LEFT_BEHIND
                a\\=b:c
                """;
        List<Parameter> table = ParameterTable.parse(text);
        assertEquals(2, table.size(), table::toString);
        assertEquals(new Parameter("homevisit.circumstances", "POOR,LEFT_BEHIND", "A list over two lines."), table.get(0));
        assertEquals(new Parameter("a=b", "c", ""), table.get(1));
    }

    @Test
    void every_shipped_parameter_is_listed_once_in_file_order_with_its_meaning() {
        ShippedRules shipped = ShippedRules.load();
        List<Parameter> table = ParameterTable.parse(shipped.parametersText());
        Map<String, Parameter> byName = table.stream().collect(Collectors.toMap(Parameter::name, Function.identity()));
        assertEquals(shipped.parameters().keySet(), byName.keySet());
        shipped.parameters().forEach((name, value) -> assertEquals(value, byName.get(name).value(), name));
        table.forEach(p -> assertFalse(p.description().isBlank(), p.name() + " has no comment above it"));
        assertEquals("graduating.grades", table.get(0).name(), "file order, not alphabetical");
        assertTrue(byName.get("phq.severe.min").description().contains("severe"));
        assertFalse(byName.get("graduating.grades").description().contains("Parameters of the shipped rule set"),
                "the file's introduction belongs to no parameter");
    }
}
