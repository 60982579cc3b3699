package org.xinyu.security.workbench;

import org.xinyu.security.Role;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the new-account dialog asks for each role, and its checks before anything is sent: which scope pickers a
 * role needs, the fields that must be filled in, and the password typed twice alike. The account service checks
 * everything else (username form and uniqueness, the password policy).
 */
final class AccountForm {

    /** The scope a role is given in the dialog. */
    enum ScopeKind {
        /** Every school (system administrator, auditor) or none at all (rule administrator): no picker. */
        NONE,
        /** One school, all of it (counsellor, school leader). */
        SCHOOL,
        /** One school's grades (grade leader). */
        GRADES,
        /** One school; the classes come from 学校与班级, where a class gets its head teacher (head teacher). */
        HEAD_TEACHER
    }

    record Input(String username, String displayName, Role role, Long schoolId, Set<Integer> grades, String password,
                 String repeat) {
    }

    private AccountForm() {
    }

    static ScopeKind scopeOf(Role role) {
        if (role == null) {
            return ScopeKind.NONE;
        }
        return switch (role) {
            case COUNSELOR, SCHOOL_LEADER -> ScopeKind.SCHOOL;
            case GRADE_LEADER -> ScopeKind.GRADES;
            case HEAD_TEACHER -> ScopeKind.HEAD_TEACHER;
            case SYSTEM_ADMIN, RULE_ADMIN, AUDITOR -> ScopeKind.NONE;
        };
    }

    /** Problems by field name (username, displayName, role, school, grades, password, repeat) as translation keys. */
    static Map<String, String> check(Input in) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(in.username())) {
            problems.put("username", "validation.required");
        }
        if (blank(in.displayName())) {
            problems.put("displayName", "validation.required");
        }
        if (in.role() == null) {
            problems.put("role", "validation.required");
        }
        ScopeKind scope = scopeOf(in.role());
        if (scope != ScopeKind.NONE && in.schoolId() == null) {
            problems.put("school", "accounts.error.schoolRequired");
        }
        if (scope == ScopeKind.GRADES && (in.grades() == null || in.grades().isEmpty())) {
            problems.put("grades", "accounts.error.gradesRequired");
        }
        if (in.password() == null || in.password().isEmpty()) {
            problems.put("password", "validation.required");
        } else if (!in.password().equals(in.repeat())) {
            problems.put("repeat", "accounts.error.passwordMismatch");
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
