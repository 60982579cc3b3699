package org.xinyu.platform.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The workbench's translation files as the tests read them (from the classpath, UTF-8). */
public final class TranslationFiles {

    public static final String CHINESE = "translations_zh_CN.properties";
    public static final String ENGLISH = "translations.properties";

    private TranslationFiles() {
    }

    public static Properties load(String file) {
        Properties p = new Properties();
        try (InputStream in = TranslationFiles.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no translation file vaadin-i18n/" + file + " on the classpath");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
