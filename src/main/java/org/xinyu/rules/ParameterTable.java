package org.xinyu.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A rule set's {@code parameters.properties} as a table: each parameter's name, value and what it means, in the
 * order of the file. The meaning is the comment written directly above the key (consecutive {@code #} lines with
 * no blank line in between, joined); a comment followed by a blank line introduces the file or a section and
 * belongs to no parameter. Values are read as {@link Properties} reads them.
 */
public final class ParameterTable {

    public record Parameter(String name, String value, String description) {
    }

    private ParameterTable() {
    }

    public static List<Parameter> parse(String text) {
        Properties values = new Properties();
        try {
            values.load(new StringReader(text == null ? "" : text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Parameter> table = new LinkedHashMap<>();
        List<String> comment = new ArrayList<>();
        boolean continued = false;
        for (String raw : (text == null ? "" : text).split("\r?\n", -1)) {
            String line = raw.strip();
            if (continued) {
                continued = endsWithContinuation(line);
                continue;
            }
            if (line.isEmpty()) {
                comment.clear();
            } else if (line.startsWith("#") || line.startsWith("!")) {
                comment.add(line.substring(1).strip());
            } else {
                String name = keyOf(line);
                if (values.containsKey(name) && !table.containsKey(name)) {
                    table.put(name, new Parameter(name, values.getProperty(name), String.join(" ", comment)));
                }
                comment.clear();
                continued = endsWithContinuation(line);
            }
        }
        for (String name : values.stringPropertyNames().stream().sorted().toList()) {
            table.putIfAbsent(name, new Parameter(name, values.getProperty(name), ""));
        }
        return List.copyOf(table.values());
    }

    /** The key of a property line, unescaped as {@link Properties} does (for the characters keys use). */
    static String keyOf(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                key.append(line.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
