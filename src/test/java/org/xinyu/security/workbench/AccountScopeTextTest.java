package org.xinyu.security.workbench;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.security.Role;
import org.xinyu.security.SchoolLookup.ClassRef;

import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountScopeTextTest {

    /** Chinese-like words without Vaadin: the key's pattern with its arguments filled in. */
    static final Map<String, String> WORDS = Map.of(
            "accounts.scope.allSchools", "全部学校",
            "accounts.scope.none", "无",
            "accounts.scope.unknownSchool", "学校（编号 {0}）",
            "accounts.scope.wholeSchool", "全校",
            "accounts.scope.unknownClass", "班级（编号 {0}）",
            "grade.label", "{0}年级",
            "class.label", "{0}年级{1}班");
    static final BiFunction<String, Object[], String> T = (key, args) -> {
        String text = WORDS.get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    };
    static final Map<Long, ClassRef> CLASSES = Map.of(
            11L, new ClassRef(11, 1, 9, 2),
            12L, new ClassRef(12, 1, 9, 1),
            13L, new ClassRef(13, 1, 7, 10));

    private static String describe(Set<Role> roles, Long schoolId, Set<Integer> grades, Set<Long> classIds) {
        return AccountScopeText.describe(roles, schoolId, schoolId == null ? null : "临渭区第一初级中学", grades, classIds, CLASSES, T);
    }

    @Test
    void organisation_wide_roles_cover_every_school_whatever_else_they_hold() {
        assertEquals("全部学校", describe(Set.of(Role.SYSTEM_ADMIN), null, Set.of(), Set.of()));
        assertEquals("全部学校", describe(Set.of(Role.AUDITOR), 1L, Set.of(9), Set.of(11L)));
    }

    @Test
    void an_account_without_a_school_has_no_scope() {
        assertEquals("无", describe(Set.of(Role.RULE_ADMIN), null, Set.of(), Set.of()));
        assertEquals("无", describe(Set.of(Role.HEAD_TEACHER), null, Set.of(), Set.of(11L)));
    }

    @Test
    void counsellors_and_school_leaders_see_the_whole_school() {
        assertEquals("临渭区第一初级中学 · 全校", describe(Set.of(Role.COUNSELOR), 1L, Set.of(), Set.of()));
        assertEquals("临渭区第一初级中学 · 全校", describe(Set.of(Role.SCHOOL_LEADER), 1L, Set.of(9), Set.of()));
    }

    @Test
    void a_grade_leader_sees_the_grades_in_order() {
        assertEquals("临渭区第一初级中学 · 7年级、9年级", describe(Set.of(Role.GRADE_LEADER), 1L, Set.of(9, 7), Set.of()));
    }

    @Test
    void a_head_teacher_sees_the_classes_by_grade_then_number_and_unknown_ones_by_id() {
        assertEquals("临渭区第一初级中学 · 7年级10班、9年级1班、9年级2班、班级（编号 99）",
                describe(Set.of(Role.HEAD_TEACHER), 1L, Set.of(), Set.of(11L, 99L, 12L, 13L)));
        assertEquals("临渭区第一初级中学", describe(Set.of(Role.HEAD_TEACHER), 1L, Set.of(), Set.of()),
                "a head teacher without classes yet: just the school");
    }

    @Test
    void grades_and_classes_the_roles_do_not_use_are_left_out_as_the_scope_leaves_them_out() {
        assertEquals("临渭区第一初级中学 · 全校", describe(Set.of(Role.COUNSELOR), 1L, Set.of(9), Set.of(11L)));
        assertEquals("临渭区第一初级中学 · 9年级1班", describe(Set.of(Role.HEAD_TEACHER), 1L, Set.of(9), Set.of(12L)));
    }

    @Test
    void a_school_that_cannot_be_named_is_shown_by_id() {
        assertEquals("学校（编号 5） · 全校", AccountScopeText.describe(Set.of(Role.COUNSELOR), 5L, null, Set.of(), Set.of(), Map.of(), T));
    }
}
