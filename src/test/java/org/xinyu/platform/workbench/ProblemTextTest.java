package org.xinyu.platform.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

class ProblemTextTest {

    private static final Properties ZH = TranslationFiles.load(TranslationFiles.CHINESE);
    private static final Properties EN = TranslationFiles.load(TranslationFiles.ENGLISH);

    private static ProblemText reader(Properties bundle, Locale locale) {
        return reader(bundle, locale, Map.of());
    }

    private static ProblemText reader(Properties bundle, Locale locale, Map<String, String> keysByCode) {
        return new ProblemText((key, args) -> Optional.ofNullable(bundle.getProperty(key))
                .map(p -> new MessageFormat(p, locale).format(args)), locale, keysByCode);
    }

    private static List<Object> args(String args) {
        return args == null || args.isBlank() ? List.of() : Arrays.stream(args.split(";")).map(String::trim)
                .map(a -> a.matches("-?\\d+") ? (Object) Integer.valueOf(a) : a).toList();
    }

    @ParameterizedTest(name = "{0} {1}: {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "required           |          | 必填。                              | Required.",
            "tooLong            | 2000     | 最多 2000 个字符。                  | At most 2000 characters.",
            "range              | 1;99     | 请输入 1 至 99 之间的数。           | Enter a number from 1 to 99.",
            "oneOf              | A, B     | 请从以下选项中选择：A, B。          | 'Choose one of: A, B.'",
            "date               |          | 请输入日期，例如 2026-11-29。       | Enter a date like 2026-11-29.",
            "text.control       | U+0007   | 包含控制字符（U+0007）。            | Contains a control character (U+0007).",
            "password.tooShort  | 12       | 密码至少 12 位。                    | At least 12 characters.",
    })
    void a_field_error_is_shown_by_its_code_with_its_arguments(String code, String args, String zh, String en) {
        FieldError error = new FieldError("name", "whatever the service wrote", code, args(args));
        assertEquals(zh, reader(ZH, Locale.SIMPLIFIED_CHINESE).field(error));
        assertEquals(en, reader(EN, Locale.ENGLISH).field(error));
    }

    @Test
    void a_code_without_a_translation_is_shown_in_english_only_to_an_english_reader() {
        FieldError error = FieldError.of("grade", "school.gradeNotTaught", "this school (JUNIOR) does not teach grade 3");
        assertEquals("this school (JUNIOR) does not teach grade 3", reader(EN, Locale.ENGLISH).field(error));
        assertEquals("此项无效。", reader(ZH, Locale.SIMPLIFIED_CHINESE).field(error));
        assertTrue(reader(ZH, Locale.SIMPLIFIED_CHINESE).known(error).isEmpty());
    }

    @Test
    void a_view_may_word_a_code_its_own_way() {
        FieldError error = FieldError.of("password", "password.containsUsername", "must not contain the username");
        assertEquals("The password must not contain the username.",
                reader(EN, Locale.ENGLISH, Map.of("password.containsUsername", "accounts.error.containsUsername")).field(error));
        assertEquals("The password must not contain your username.", reader(EN, Locale.ENGLISH).field(error));
    }

    @Test
    void a_problem_with_only_its_status_code_reads_as_its_status_never_as_english_to_a_chinese_reader() {
        ProblemText zh = reader(ZH, Locale.SIMPLIFIED_CHINESE);
        assertEquals("记录已被他人修改或状态已变化，请刷新后重试。",
                zh.detail(new ProblemException(409, "Conflict", "the referral is closed", List.of())));
        assertEquals("password. is odd", reader(EN, Locale.ENGLISH).field(FieldError.of("password", "invalid", "password. is odd")));
    }

    @Test
    void a_problem_is_shown_by_its_code_else_by_its_field_errors_else_by_its_status() {
        ProblemText zh = reader(ZH, Locale.SIMPLIFIED_CHINESE);
        ProblemText en = reader(EN, Locale.ENGLISH);
        assertEquals("未找到该个案（或不在您的管辖范围内）。", zh.detail(ProblemException.notFound("Case")));
        assertEquals("The case was not found (or is outside your scope).", en.detail(ProblemException.notFound("Case")));
        assertEquals("未找到所请求的内容。", zh.detail(ProblemException.notFound("Widget")));
        assertEquals("该个案已结案。", zh.detail(ProblemException.conflict("case.alreadyClosed", "status", "the case is already closed")));
        assertEquals("您的角色不能执行此操作。", zh.detail(ProblemException.forbidden("Your role may not do this.")));
        ProblemException invalid = ProblemException.invalid(List.of(FieldError.required("mode"), FieldError.tooLong("note", 2000)));
        assertEquals("必填。；最多 2000 个字符。", zh.detail(invalid));
        ProblemException odd = ProblemException.invalid(FieldError.of("x", "x.odd", "is odd"));
        assertEquals("请检查输入后重试。", zh.detail(odd));
        assertEquals("x: is odd", en.detail(odd));
    }

    /** Every code a service, the REST layer or the platform raises: a {@code problem.<code>} in both bundles. */
    @Test
    void every_code_raised_in_the_sources_has_a_translation_in_both_bundles() throws IOException {
        Pattern[] raised = {
                Pattern.compile("FieldError\\.of\\([^,]+,\\s*\"([a-zA-Z][\\w.]*)\""),
                Pattern.compile("conflict\\(\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\""),
                Pattern.compile("forbidden\\(\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\""),
                Pattern.compile("error\\(field,\\s*\"(text\\.[a-zA-Z]+)\""),
        };
        Set<String> codes = new TreeSet<>(List.of("required", "tooLong", "range", "oneOf", "date", "notFound", "invalid",
                "conflict", "forbidden", "unauthorized"));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String source = read(f);
                for (Pattern p : raised) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            });
        }
        assertTrue(codes.contains("case.notClosable") && codes.contains("text.bidi") && codes.contains("wholeNumber"),
                "the scan finds the codes: " + codes);
        for (String code : codes) {
            assertTrue(ZH.containsKey("problem." + code), "zh-CN has no problem." + code);
            assertTrue(EN.containsKey("problem." + code), "English has no problem." + code);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
