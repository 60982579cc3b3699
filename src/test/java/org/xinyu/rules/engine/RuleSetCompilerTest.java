package org.xinyu.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetCompilerTest {

    private static final String OK_RULE = "package t\n"
            + "import org.xinyu.rules.engine.fact.*\n"
            + "import java.time.Duration\n"
            + "rule \"t: something\"\n"
            + "when\n"
            + "    Student(grade > 1)\n"
            + "then\n"
            + "    insertLogical(new PriorityLevel(org.xinyu.casework.Priority.LOW));\n"
            + "end\n";

    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final Map<String, String> parameters = ShippedRules.load().parameters();

    private CompilationResult compile(String drl) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("custom/rule.drl", drl);
        return compiler.compile("test", files, parameters);
    }

    @Test
    void the_shipped_rule_set_compiles_without_errors() {
        CompilationResult r = ShippedRules.load().compile("v1");
        assertTrue(r.isSuccess(), () -> r.errors().toString());
        assertEquals("v1", r.orElseThrow().version());
    }

    @Test
    void a_rule_that_uses_only_the_fact_model_and_java_time_compiles() {
        CompilationResult r = compile(OK_RULE);
        assertTrue(r.isSuccess(), () -> r.errors().toString());
    }

    @Test
    void importing_java_io_file_is_rejected_with_file_and_line() {
        CompilationResult r = compile(OK_RULE.replace("import java.time.Duration\n", "import java.time.Duration\nimport java.io.File\n"));
        assertFalse(r.isSuccess());
        CompilationError e = r.errors().get(0);
        assertEquals("custom/rule.drl", e.file());
        assertEquals(4, e.line());
        assertTrue(e.message().contains("java.io.File"), e.message());
    }

    @ParameterizedTest(name = "{0} is rejected on line {1}")
    @CsvSource(delimiter = '|', value = {
        "    Runtime.getRuntime().exec(\"rm -rf /\");|8",
        "    System.out.println(\"hello\");|8",
        "    System.exit(1);|8",
        "    new Thread(() -> {}).start();|8",
        "    Class.forName(\"java.lang.Runtime\");|8",
        "    String s = \"x\".getClass().getName();|8",
        "    java.nio.file.Files.delete(null);|8",
        "    org.slf4j.LoggerFactory.getLogger(\"x\");|8",
        "    drools.getKieRuntime().halt();|8"
    })
    void a_right_hand_side_reaching_outside_the_fact_model_is_rejected_with_its_line(String statement, int line) {
        CompilationResult r = compile(OK_RULE.replace("then\n", "then\n" + statement + "\n"));
        assertFalse(r.isSuccess(), statement);
        assertTrue(r.errors().stream().allMatch(e -> e.file().equals("custom/rule.drl") && e.line() == line), () -> r.errors().toString());
    }

    @ParameterizedTest(name = "import {0} is rejected")
    @CsvSource({"java.lang.Runtime", "java.lang.reflect.Method", "java.util.concurrent.Executors", "java.util.ServiceLoader",
            "java.net.URL", "org.drools.core.WorkingMemory", "static java.lang.System.exit", "org.xinyu.casework.CaseFile"})
    void imports_outside_the_allowed_packages_are_rejected(String target) {
        CompilationResult r = compile(OK_RULE.replace("import java.time.Duration", "import " + target));
        assertFalse(r.isSuccess(), target);
        assertEquals(3, r.errors().get(0).line());
    }

    @Test
    void a_global_is_rejected() {
        CompilationResult r = compile(OK_RULE.replace("rule \"t", "global java.util.List out\nrule \"t"));
        assertFalse(r.isSuccess());
        assertEquals(4, r.errors().get(0).line());
    }

    @Test
    void forbidden_words_inside_comments_and_strings_are_not_errors() {
        CompilationResult r = compile("// never call System.exit or Runtime here\n/* java.io.File\n Thread */\n"
                + OK_RULE.replace("rule \"t: something\"", "rule \"t: no System.out in rules\""));
        assertTrue(r.isSuccess(), () -> r.errors().toString());
    }

    @Test
    void a_syntax_error_is_reported_with_its_line() {
        CompilationResult r = compile(OK_RULE.replace("    Student(grade > 1)\n", "    Student(grade > )\n"));
        assertFalse(r.isSuccess());
        assertTrue(r.errors().stream().anyMatch(e -> e.file().equals("custom/rule.drl") && e.line() == 6), () -> r.errors().toString());
    }

    @Test
    void an_unknown_fact_type_is_a_compile_error_with_its_file() {
        CompilationResult r = compile(OK_RULE.replace("Student(grade > 1)", "Pupil(grade > 1)"));
        assertFalse(r.isSuccess());
        assertTrue(r.errors().stream().anyMatch(e -> e.file().equals("custom/rule.drl") && e.line() > 0), () -> r.errors().toString());
    }

    @Test
    void missing_unknown_and_unparseable_parameters_are_errors() {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.remove("phq.severe.min");
        p.put("phq.severity.min", "20");
        p.put("followup.high.rescreen.due", "28 days");
        p.put("graduating.grades", "9,x");
        CompilationResult r = compiler.compile("t", Map.of("a.drl", OK_RULE), p);
        assertFalse(r.isSuccess());
        List<String> messages = r.errors().stream().map(CompilationError::message).collect(Collectors.toList());
        assertTrue(r.errors().stream().allMatch(e -> e.file().equals(RuleSetCompiler.PARAMETERS_FILE)));
        assertTrue(messages.stream().anyMatch(m -> m.contains("missing parameter 'phq.severe.min'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("unknown parameter 'phq.severity.min'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("'followup.high.rescreen.due'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("'graduating.grades'")), messages::toString);
        assertEquals(4, messages.size(), messages::toString);
    }

    @Test
    void every_shipped_parameter_has_a_comment_line_above_it() {
        String[] lines = ShippedRules.load().parametersText().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                assertTrue(i > 0 && lines[i - 1].startsWith("#"), "no comment above " + lines[i]);
            }
        }
    }
}
