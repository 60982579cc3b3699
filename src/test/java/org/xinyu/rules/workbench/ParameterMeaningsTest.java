package org.xinyu.rules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.workbench.TranslationFiles;
import org.xinyu.rules.ParameterTable;
import org.xinyu.rules.engine.ShippedRules;

/** A rule administrator reads what each shipped parameter means in Chinese; in English it is the file's own comment. */
class ParameterMeaningsTest {

    @Test
    void every_shipped_parameter_has_a_chinese_meaning_and_its_comment_in_english() {
        Properties chinese = TranslationFiles.load(TranslationFiles.CHINESE);
        Properties english = TranslationFiles.load(TranslationFiles.ENGLISH);
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
}
