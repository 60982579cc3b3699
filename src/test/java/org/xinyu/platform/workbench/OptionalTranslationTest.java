package org.xinyu.platform.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionalTranslationTest {

    @ParameterizedTest(name = "Vaadin answers [{0}] for {1}: show [{2}]")
    @CsvSource(delimiter = '|', value = {
            "家访：以最短的间隔为准 | rule.name.x | 家访：以最短的间隔为准",
            "!zh: rule.name.x       | rule.name.x | my own rule",
            "!en: rule.name.x       | rule.name.x | my own rule",
            "rule.name.x            | rule.name.x | my own rule",
            "''                     | rule.name.x | my own rule",
            "!important             | rule.name.x | !important",
    })
    void a_missing_translation_shows_the_text_as_written(String translated, String key, String expected) {
        assertEquals(expected, OptionalTranslation.orElse(translated, key, "my own rule"));
    }
}
