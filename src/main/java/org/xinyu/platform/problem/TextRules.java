package org.xinyu.platform.problem;

import java.util.Optional;

/**
 * Which characters text may hold, wherever it is accepted (JSON bodies, query parameters, workbench fields):
 * no NUL or other control characters (PostgreSQL refuses NUL; the others hide text from a reader), no
 * bidirectional overrides or isolates (they make text read differently from how it is stored, as in
 * "Trojan Source"), no lone surrogates (not Unicode text) and no noncharacters U+FFFE/U+FFFF.
 * Tab, line feed and carriage return are allowed only in multi-line text (notes).
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * What is wrong with the text as a field error with its code ({@code text.loneSurrogate},
     * {@code text.singleLine}, {@code text.control}, {@code text.bidi}, {@code text.noncharacter}; the first
     * argument, where there is one, is the character as {@code U+XXXX}); empty if nothing.
     */
    public static Optional<FieldError> check(String field, String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return error(field, "text.loneSurrogate", "contains a lone surrogate (U+%s), which is not text", c);
            }
            if (Character.isLowSurrogate(c)) {
                return error(field, "text.loneSurrogate", "contains a lone surrogate (U+%s), which is not text", c);
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!multiLine) {
                    return Optional.of(FieldError.of(field, "text.singleLine", "must be a single line (no tab or line break)"));
                }
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return error(field, "text.control", "contains the control character U+%s", c);
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return error(field, "text.bidi", "contains the bidirectional control U+%s", c);
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return error(field, "text.noncharacter", "contains the noncharacter U+%s", c);
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldError> error(String field, String code, String format, char c) {
        String character = "U+" + hex(c);
        return Optional.of(FieldError.of(field, code, String.format(format, hex(c)), character));
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
