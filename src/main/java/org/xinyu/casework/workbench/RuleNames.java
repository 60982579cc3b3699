package org.xinyu.casework.workbench;

import org.xinyu.platform.workbench.OptionalTranslation;
import java.util.Locale;

/**
 * A rule's name in the reader's language. The shipped rules have translations under {@code rule.name.} plus
 * the name in lower case with every other character a dot; a rule an administrator wrote keeps its own name.
 */
final class RuleNames {

    private static final String PREFIX = "rule.name.";

    private RuleNames() {
    }

    static String display(String rule) {
        if (rule == null || rule.isBlank()) {
            return "";
        }
        return OptionalTranslation.of(key(rule), rule);
    }

    static String key(String rule) {
        String slug = rule.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
        return PREFIX + slug;
    }
}
