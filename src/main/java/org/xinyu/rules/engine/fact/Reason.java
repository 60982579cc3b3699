package org.xinyu.rules.engine.fact;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.xinyu.casework.Priority;

/**
 * Why a rule contributed: the rule's name, the level it supports (null for reasons that are not a
 * priority level), a message key for translation, its arguments, and an English fallback text.
 */
public record Reason(String rule, Priority level, String key, List<Object> args, String text) {
    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        Objects.requireNonNull(text, "text");
    }

    /** Builds a reason whose text has {@code {0}}, {@code {1}}… replaced by the arguments. */
    public static Reason of(String rule, Priority level, String key, String template, Object... args) {
        String text = template;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return new Reason(rule, level, key, Arrays.asList(args), text);
    }
}
