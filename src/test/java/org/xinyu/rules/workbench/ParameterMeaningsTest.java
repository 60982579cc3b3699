package org.xinyu.rules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.xinyu.rules.ParameterTable;
import org.xinyu.rules.engine.ShippedRules;

/** A rule administrator reads what each shipped parameter means in Chinese; in English it is the file's own comment. */
class ParameterMeaningsTest {

    @Test
    void every_shipped_parameter_has_a_chinese_meaning_and_its_comment_in_english() throws IOException {
        Properties chinese = bundle("translations_zh_CN.properties");
        Properties english = bundle("translations.properties");
        String file = ShippedRules.load().parametersText();
        var parameters = ParameterTable.parse(file);
        assertTrue(parameters.size() > 40, "the shipped parameters were read: " + parameters.size());
        for (ParameterTable.Parameter p : parameters) {
            String key = RuleSetsView.meaningKey(p.name());
            assertEquals(p.description(), english.getProperty(key), "English meaning of " + p.name());
            String zh = chinese.getProperty(key);
            assertTrue(zh != null && zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "Chinese meaning of " + p.name() + ": " + zh);
        }
    }

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(ParameterMeaningsTest.class.getResourceAsStream("/vaadin-i18n/" + file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
