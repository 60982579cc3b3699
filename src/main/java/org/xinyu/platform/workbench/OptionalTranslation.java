package org.xinyu.platform.workbench;

import com.vaadin.flow.component.UI;

/**
 * Text that has a translation for what Xinyu ships and none for what users write (an administrator's rule or
 * parameter): the translation where the bundle has the key, else the text as written.
 */
public final class OptionalTranslation {

    private OptionalTranslation() {
    }

    /** The translation of {@code key} in the current UI's language, or {@code fallback} when there is none. */
    public static String of(String key, String fallback) {
        return orElse(UI.getCurrent().getTranslation(key), key, fallback);
    }

    /** The translation of {@code key} with its arguments in the current UI's language, or null when the bundle has none. */
    public static String orNull(String key, Object... args) {
        return orElse(UI.getCurrent().getTranslation(key, args), key, null);
    }

    /** Vaadin answers a missing key with "!" + language + ": " + key; that, blank or the key itself means none. */
    static String orElse(String translated, String key, String fallback) {
        boolean missing = translated == null || translated.isBlank() || translated.equals(key)
                || translated.startsWith("!") && translated.endsWith(key);
        return missing ? fallback : translated;
    }
}
