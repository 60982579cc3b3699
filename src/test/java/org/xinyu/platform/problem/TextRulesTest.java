package org.xinyu.platform.problem;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextRulesTest {

    @Test
    void chinese_emoji_and_punctuation_are_text() {
        assertTrue(TextRules.check("text", "李心怡 😀 PHQ-9（2026年11月30日）", false).isEmpty());
    }

    @Test
    void nul_controls_bidi_overrides_lone_surrogates_and_noncharacters_are_not() {
        for (String bad : new String[] {"a\u0000b", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u202e", "\u2066x",
                "\ud800", "x\udc00", "\ud83d", "\uffff"}) {
            assertFalse(TextRules.check("text", bad, true).isEmpty(), bad.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void tab_and_line_breaks_only_in_multi_line_text() {
        assertTrue(TextRules.check("text", "line\r\nline\tend", true).isEmpty());
        assertFalse(TextRules.check("text", "line\nline", false).isEmpty());
        assertFalse(TextRules.check("text", "a\tb", false).isEmpty());
    }
}
