package org.xinyu.auditing;

import org.junit.jupiter.api.Test;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditDetails;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.workbench.TranslationFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Audit actions, triggers and details in words (issue 12 section 5), in both languages, with stored values unchanged. */
class AuditWordsTest {

    static final Properties ZH = TranslationFiles.load(TranslationFiles.CHINESE);
    static final Properties EN = TranslationFiles.load(TranslationFiles.ENGLISH);

    static BiFunction<String, Object[], String> in(Properties bundle, Locale locale) {
        return (key, args) -> bundle.containsKey(key) ? new MessageFormat(bundle.getProperty(key), locale).format(args) : null;
    }

    static final BiFunction<String, Object[], String> CHINESE = in(ZH, Locale.SIMPLIFIED_CHINESE);
    static final BiFunction<String, Object[], String> ENGLISH = in(EN, Locale.ENGLISH);

    /** The action a call of the audit trail names with a string literal, e.g. {@code audit.success("LOGIN", ...)}. */
    static final Pattern LITERAL_ACTION = Pattern.compile("\\.(success|denied|failureIndependently|failureIndependentlyAs|record)\\(\"([A-Z_]+)\",");

    @Test
    void no_service_names_an_audit_action_by_a_string_literal() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_ACTION.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(f.getFileName() + ": " + m.group(2));
                }
            }
        }
        assertEquals(List.of(), literals, "audit actions are AuditAction constants");
    }

    @Test
    void every_audit_action_and_trigger_has_a_chinese_and_an_english_name() {
        List<String> missing = new ArrayList<>();
        for (AuditAction a : AuditAction.values()) {
            for (Properties p : List.of(ZH, EN)) {
                if (!p.containsKey(a.key())) {
                    missing.add(a.key() + (p == ZH ? " (zh-CN)" : " (en)"));
                }
            }
        }
        for (EvaluationTrigger t : EvaluationTrigger.values()) {
            for (Properties p : List.of(ZH, EN)) {
                if (!p.containsKey(t.key())) {
                    missing.add(t.key() + (p == ZH ? " (zh-CN)" : " (en)"));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void the_stored_action_strings_stay_as_before_so_old_entries_still_read() {
        assertEquals("CASE_QUEUE_READ", AuditAction.CASE_QUEUE_READ.code());
        assertEquals(AuditAction.LOGIN, AuditAction.of("LOGIN").orElseThrow());
        assertEquals("查看个案队列", AuditAction.describe("CASE_QUEUE_READ", CHINESE));
        assertEquals("登录", AuditAction.describe("LOGIN", CHINESE));
        assertEquals("Sign-in", AuditAction.describe("LOGIN", ENGLISH));
        assertEquals(EvaluationTrigger.DEMO_LOAD, EvaluationTrigger.of("DEMO_LOAD").orElseThrow());
        assertEquals("演示数据导入", CHINESE.apply(EvaluationTrigger.DEMO_LOAD.key(), new Object[0]));
    }

    @Test
    void a_denial_stored_under_a_permission_name_reads_as_words() {
        assertEquals("无权限：管理账号", AuditAction.describe("ACCOUNT_MANAGE", CHINESE));
        assertEquals("接口无权限：查看审计日志", AuditAction.describe("API AUDIT_READ", CHINESE));
    }

    @Test
    void details_read_as_words_in_the_readers_language() {
        assertEquals("第 1 页，50 个个案", AuditDetails.describe("page 0, 50 cases", CHINESE));
        assertEquals("page 1, 50 cases", AuditDetails.describe("page 0, 50 cases", ENGLISH));
        assertEquals("类别：情绪低落", AuditDetails.describe("category=LOW_MOOD", CHINESE));
        assertEquals("量表：PHQ-9", AuditDetails.describe("instrument=PHQ9", CHINESE));
        assertTrue(AuditDetails.describe("valid=true entries=5 firstBroken=null millis=3", CHINESE).contains("第一条异常：无"));
        assertEquals("通过工作台", AuditDetails.describe("workbench", CHINESE));
        assertEquals("密码错误", AuditDetails.describe("wrong password", CHINESE));
        assertEquals("方式：电话", AuditDetails.describe("mode PHONE", CHINESE));
        assertEquals("预警等级由 蓝色（关注） 变为 橙色（高）", AuditDetails.describe("LOW -> HIGH", CHINESE));
        assertEquals("家庭情况改为：留守、单亲", AuditDetails.describe("now [LEFT_BEHIND, SINGLE_PARENT]", CHINESE));
        String query = AuditDetails.describe("actor=counsellor action=LOGIN page=0 size=50 found=3", CHINESE);
        assertEquals("查询条件：操作人：counsellor，操作：登录；第 1 页，每页 50 条，共找到 3 条", query);
        assertTrue(AuditDetails.describe("all page=0 size=50 found=3", CHINESE).startsWith("查询条件：全部"));
        assertEquals("按姓名或学号搜索 第 1 页，3 名（共 3 名）学生",
                AuditDetails.describe("searched by name or number, page 0, 3 students of 3", CHINESE));
        assertTrue(AuditDetails.describe("subject=STUDENT:42 page=0 size=50 found=3", CHINESE).contains("对象：学生 #42"));
        assertEquals("something new", AuditDetails.describe("something new", CHINESE), "an unknown shape is shown as stored");
    }
}
