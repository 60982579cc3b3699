package org.xinyu.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The rule set shipped in {@code rules/}, read from the classpath under {@code xinyu-rules/} (the
 * build copies {@code rules/} there) through {@code rules/index.txt}, which lists every file: DRL in
 * load order, {@code parameters.properties} and the scenario files. It seeds rule-set version 1 and
 * is what the tests hold the engine to.
 */
public final class ShippedRules {

    /** Classpath folder of the shipped rules. */
    public static final String ROOT = "xinyu-rules/";
    public static final String INDEX = "index.txt";
    public static final String PARAMETERS = "parameters.properties";

    private final Map<String, String> drl;
    private final String parametersText;
    private final Map<String, String> parameters;
    private final Map<String, String> scenarioFiles;

    private ShippedRules(Map<String, String> drl, String parametersText, Map<String, String> parameters,
                         Map<String, String> scenarioFiles) {
        this.drl = Collections.unmodifiableMap(drl);
        this.parametersText = parametersText;
        this.parameters = Collections.unmodifiableMap(parameters);
        this.scenarioFiles = Collections.unmodifiableMap(scenarioFiles);
    }

    /** Loads the shipped rule set with this class's class loader. */
    public static ShippedRules load() {
        return load(ShippedRules.class.getClassLoader());
    }

    public static ShippedRules load(ClassLoader loader) {
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, String> scenarios = new LinkedHashMap<>();
        String parametersText = null;
        for (String line : read(loader, INDEX).split("\n")) {
            String path = line.trim();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            String text = read(loader, path);
            if (path.endsWith(".drl")) {
                drl.put(path, text);
            } else if (path.equals(PARAMETERS)) {
                parametersText = text;
            } else if (path.endsWith(".json")) {
                scenarios.put(path, text);
            } else {
                throw new IllegalStateException("index lists a file of unknown kind: " + path);
            }
        }
        if (parametersText == null) {
            throw new IllegalStateException("index does not list " + PARAMETERS);
        }
        return new ShippedRules(drl, parametersText, parseProperties(parametersText), scenarios);
    }

    /** Parses {@code .properties} text into an ordered map of raw values. */
    public static Map<String, String> parseProperties(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : new java.util.TreeSet<>(p.stringPropertyNames())) {
            map.put(name, p.getProperty(name));
        }
        return map;
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing on the classpath: " + ROOT + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DRL texts by path, in load order. */
    public Map<String, String> drl() {
        return drl;
    }

    /** The parameters file as written, comments included (for seeding the database). */
    public String parametersText() {
        return parametersText;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    /** Scenario JSON texts by path. */
    public Map<String, String> scenarioFiles() {
        return scenarioFiles;
    }

    /** All scenarios of all scenario files, in index order. */
    public List<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>();
        scenarioFiles.forEach((path, json) -> all.addAll(Scenario.parse(path, json)));
        return all;
    }

    /** Compiles the shipped set as the given version. */
    public CompilationResult compile(String version) {
        return new RuleSetCompiler().compile(version, drl, parameters);
    }
}
