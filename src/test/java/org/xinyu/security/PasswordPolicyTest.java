package org.xinyu.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private static List<String> keys(String pipeSeparated) {
        return pipeSeparated == null || pipeSeparated.isBlank() ? List.of()
                : Arrays.asList(pipeSeparated.split("\\|"));
    }

    @ParameterizedTest(name = "user {0}, password \"{1}\" → [{2}]")
    @CsvSource(nullValues = "NULL", value = {
            // acceptable passwords
            "admin,      Xinyu-Demo-2026,        ''",
            "counsellor, Xinyu-Demo-2026,        ''",
            "teacher,    correct horse Battery,  ''",
            "wang,       Weinan2026winter,       ''",
            "li,         li-Weinan-2026,         ''",
            "ab,         Ab-secret-2026,         ''",
            "NULL,       Purple-Lantern-88,      ''",
            "gradelead,  渭南Weinan心理2026,      ''",
            // length
            "admin,      Xy-Demo-202,            password.tooShort",
            "admin,      Xy-Demo-2026,           ''",
            "admin,      Xinyu-Demo-26,          ''",
            "admin,      Ab1!,                   password.tooShort",
            "admin,      '',                     password.tooShort|password.classes",
            "admin,      NULL,                   password.tooShort|password.classes",
            // character classes
            "admin,      weinanxinyuproject,     password.classes",
            "admin,      weinanxinyu2026,        password.classes",
            "admin,      WEINAN-XINYU-PROJECT,   password.classes",
            "admin,      weinan-xinyu-project,   password.classes",
            "admin,      Weinan-Xinyu-Project,   ''",
            "admin,      weinan-xinyu-2026,      ''",
            "admin,      WEINANXINYU2026,        password.classes",
            "admin,      123456789012345,        password.classes",
            // common passwords, in any case
            "admin,      Password@123,           password.common",
            "admin,      PASSWORD@123,           password.common",
            "admin,      P@ssw0rd1234,           password.common",
            "admin,      Admin@123456,           password.common|password.containsUsername",
            "admin,      1qaz2wsx3edc,           password.classes|password.common",
            "admin,      woaini1314,             password.tooShort|password.classes|password.common",
            "admin,      5201314,                password.tooShort|password.classes|password.common",
            "admin,      123456,                 password.tooShort|password.classes|password.common",
            "admin,      Qwerty123456,           password.common",
            // username inside the password, ignoring case
            "zhangwei,   Zhangwei-2026-ok,       password.containsUsername",
            "ZhangWei,   my-ZHANGWEI-2026,       password.containsUsername",
            "teacher,    Best-Teacher-2026,      password.containsUsername",
            "ht-wn-lw-001-7-1, X-ht-wn-lw-001-7-1-Y, password.containsUsername",
            "abc,        Xabc-Demo-2026,         password.containsUsername",
            "ab,         Xab-Demo-2026z,         ''",
            "'  admin ', Admin-Weinan-2026,      password.containsUsername",
    })
    void a_password_breaks_exactly_the_rules_listed(String username, String password, String expected) {
        assertEquals(keys(expected), policy.violations(username, password));
        assertEquals(keys(expected), policy.violations(username, password == null ? null : password.toCharArray()));
    }

    @Test
    void the_demo_password_passes_for_every_demo_account() {
        for (String user : List.of("admin", "rules", "rules2", "counsellor", "leader", "gradelead", "teacher",
                "auditor", "ht-wn-lw-001-9-3")) {
            assertTrue(policy.accepts(user, "Xinyu-Demo-2026"), user);
        }
    }

    @ParameterizedTest(name = "minimum {0}: \"{1}\" too short = {2}")
    @CsvSource({
            "8,  Ab1-xyzw,       false",
            "8,  Ab1-xyz,        true",
            "16, Xinyu-Demo-2026, true",
            "15, Xinyu-Demo-2026, false",
            "4,  渭南Ab1,         false",
            "6,  渭南Ab1,         true",
    })
    void the_minimum_length_is_a_parameter_and_counts_characters_not_bytes(int min, String password,
                                                                            boolean tooShort) {
        PasswordPolicy custom = new PasswordPolicy(min);
        assertEquals(min, custom.minLength());
        assertEquals(tooShort, custom.violations("nobody", password).contains(PasswordPolicy.TOO_SHORT));
    }

    @ParameterizedTest(name = "\"{0}\" uses {1} classes")
    @CsvSource({
            "abc, 1", "aB, 2", "aB3, 3", "aB3-, 4", "渭南, 1", "渭南a, 2", "'a b', 2", "ÄÖü1, 3",
    })
    void character_classes_are_lower_upper_digit_and_everything_else(String password, int classes) {
        assertEquals(classes, PasswordPolicy.characterClasses(password));
    }

    @ParameterizedTest(name = "\"{0}\" is in the shipped list")
    @ValueSource(strings = {"123456", "5201314", "woaini1314", "qwerty123", "a1b2c3d4", "password123",
            "1qaz2wsx", "qq123456", "iloveyou", "zaq12wsx", "abc123456"})
    void the_shipped_list_holds_the_usual_chinese_and_global_favourites(String common) {
        assertTrue(policy.violations("nobody", common).contains(PasswordPolicy.COMMON));
    }

    @Test
    void the_shipped_list_has_a_few_hundred_entries() {
        assertTrue(policy.commonPasswordCount() >= 300, "list has " + policy.commonPasswordCount());
    }

    @Test
    void a_custom_list_replaces_the_shipped_one_and_ignores_case_and_blank_lines() {
        PasswordPolicy custom = new PasswordPolicy(12, List.of("Weinan-School-2026", " ", "  "));
        assertEquals(List.of(PasswordPolicy.COMMON), custom.violations("nobody", "weinan-school-2026"));
        assertFalse(custom.violations("nobody", "Password@123").contains(PasswordPolicy.COMMON));
        assertEquals(1, custom.commonPasswordCount());
    }

    @Test
    void a_minimum_length_below_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(0));
    }
}
