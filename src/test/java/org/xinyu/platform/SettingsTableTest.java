package org.xinyu.platform;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README's settings table is the list of XinyuSettings: the same names, environment variables and defaults. */
class SettingsTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(xinyu\\.[a-z.-]+)` \\(`([A-Z_]+)`\\) \\| ([^|]+) \\|", Pattern.MULTILINE);

    private static Map<String, String> readme() throws IOException {
        Matcher m = ROW.matcher(Files.readString(Path.of("README.md")));
        Map<String, String> rows = new TreeMap<>();
        while (m.find()) {
            assertEquals(m.group(1).toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"), m.group(2),
                    "the environment variable MicroProfile Config maps " + m.group(1) + " to");
            rows.put(m.group(1), m.group(3).trim());
        }
        return rows;
    }

    private static List<Field> settings() {
        return Arrays.stream(XinyuSettings.class.getDeclaredFields()).filter(f -> f.isAnnotationPresent(ConfigProperty.class)).toList();
    }

    @Test
    void every_setting_is_in_the_readme_table_and_the_table_has_no_other() throws IOException {
        assertEquals(settings().stream().map(f -> f.getAnnotation(ConfigProperty.class).name()).collect(Collectors.toCollection(java.util.TreeSet::new)),
                readme().keySet());
    }

    @Test
    void the_readme_table_gives_each_setting_its_default() throws IOException {
        Map<String, String> rows = readme();
        for (Field f : settings()) {
            ConfigProperty p = f.getAnnotation(ConfigProperty.class);
            String cell = rows.get(p.name());
            if (f.getType() == Optional.class) {
                assertTrue(cell.startsWith("–"), p.name() + " has no default: " + cell);
            } else {
                assertTrue(cell.startsWith("`" + p.defaultValue() + "`"), p.name() + " defaults to " + p.defaultValue() + ": " + cell);
            }
        }
    }
}
