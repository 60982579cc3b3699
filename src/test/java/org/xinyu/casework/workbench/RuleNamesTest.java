package org.xinyu.casework.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.workbench.TranslationFiles;
import org.xinyu.rules.engine.ShippedRules;

/** Counsellors read the shipped rules' names in Chinese: every shipped rule has a name in both languages. */
class RuleNamesTest {

    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);

    @Test
    void every_shipped_rule_has_a_chinese_and_an_english_name_under_its_own_key() {
        Properties chinese = TranslationFiles.load(TranslationFiles.CHINESE);
        Properties english = TranslationFiles.load(TranslationFiles.ENGLISH);
        List<String> names = shippedRuleNames();
        assertTrue(names.size() > 50, "the shipped rules were read: " + names.size());
        Set<String> keys = new HashSet<>();
        for (String name : names) {
            String key = RuleNames.key(name);
            assertTrue(keys.add(key), "two rules share the key " + key);
            assertEquals(name, english.getProperty(key), "English name of " + name);
            String zh = chinese.getProperty(key);
            assertTrue(zh != null && zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "Chinese name of " + name + ": " + zh);
        }
    }

    @Test
    void a_rule_name_becomes_a_key_of_lower_case_words_and_dots() {
        assertEquals("rule.name.home.visits.crisis.needs.contact.every.7.days.phone.or.video.counting",
                RuleNames.key("home visits: CRISIS needs contact every 7 days, phone or video counting"));
        assertEquals("rule.name.safety.crisis.or.high.stays.until.a.counsellor.s.assessment",
                RuleNames.key("safety: CRISIS or HIGH stays until a counsellor's assessment"));
    }

    private static List<String> shippedRuleNames() {
        List<String> names = new ArrayList<>();
        for (String drl : ShippedRules.load().drl().values()) {
            Matcher m = RULE.matcher(drl);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
