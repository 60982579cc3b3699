package org.xinyu.security;

import org.xinyu.platform.problem.FieldError;
import org.xinyu.security.SchoolLookup.ClassRef;
import org.xinyu.security.SchoolLookup.SchoolRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether the scope given with a new account fits its roles (the same decision as {@link Scope#of} and the
 * workbench's new-account dialog make):
 * <ul>
 *     <li>{@code SYSTEM_ADMIN}, {@code AUDITOR} (every school) and {@code RULE_ADMIN} (no school) take no scope at
 *     all, and cannot be combined with a school role;</li>
 *     <li>{@code COUNSELOR}, {@code SCHOOL_LEADER}, {@code GRADE_LEADER}, {@code HEAD_TEACHER} need a school that
 *     exists;</li>
 *     <li>a grade leader needs at least one grade, each taught at that school; no other role has grades;</li>
 *     <li>a head teacher may be given classes, each of which must exist and belong to that school; no other role
 *     has classes.</li>
 * </ul>
 * Field names are those of {@code POST /api/v1/users}: {@code roles}, {@code schoolCode}, {@code grades},
 * {@code classIds}.
 */
public final class AccountScopeRules {

    /** The roles whose scope is not one school: every school (system administrator, auditor) or none (rule administrator). */
    public static final Set<Role> ORGANISATION_WIDE = EnumSet.of(Role.SYSTEM_ADMIN, Role.RULE_ADMIN, Role.AUDITOR);

    /** The most classes one account may be given at once (a head teacher leads one or two). */
    public static final int MAX_CLASSES = 100;

    private AccountScopeRules() {
    }

    /**
     * The problems of a new account's scope (empty when it fits its roles).
     *
     * @param roles    the account's roles (no check without any; that is reported elsewhere)
     * @param schoolId the school asked for, or null
     * @param school   that school, or null when no school was asked for or it does not exist
     * @param grades   the grades asked for (never null; may hold a null element from a JSON {@code null})
     * @param classIds the classes asked for (never null; may hold null)
     * @param classes  those of the classes asked for that exist, by id
     */
    public static List<FieldError> problems(Set<Role> roles, Long schoolId, SchoolRef school, Collection<Integer> grades,
                                            Collection<Long> classIds, Map<Long, ClassRef> classes) {
        List<FieldError> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            return problems;
        }
        Set<Role> wide = roles.stream().filter(ORGANISATION_WIDE::contains).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Set<Role> local = roles.stream().filter(r -> !ORGANISATION_WIDE.contains(r)).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        if (!wide.isEmpty() && !local.isEmpty()) {
            problems.add(FieldError.of("roles", "account.rolesMixScope", names(wide) + " cannot be combined with " + names(local)
                    + ": the first work across schools, the second within one school", names(wide), names(local)));
            return problems;
        }
        if (local.isEmpty()) {
            problems.add(schoolId == null ? null : FieldError.of("schoolCode", "account.noSchool", "must be empty: " + names(wide)
                    + " takes no school (a system administrator or auditor covers every school, a rule administrator none)", names(wide)));
            problems.add(grades.isEmpty() ? null : FieldError.of("grades", "account.noGrades", "must be empty: only a GRADE_LEADER has grades"));
            problems.add(classIds.isEmpty() ? null : FieldError.of("classIds", "account.noClasses", "must be empty: only a HEAD_TEACHER has classes"));
            problems.removeIf(Objects::isNull);
            return problems;
        }
        if (schoolId == null) {
            problems.add(FieldError.of("schoolCode", "account.schoolRequired", "is required for " + names(local), names(local)));
        } else if (school == null) {
            problems.add(FieldError.of("schoolCode", "account.noSuchSchool", "no such school"));
        }
        if (local.contains(Role.GRADE_LEADER)) {
            if (grades.isEmpty()) {
                problems.add(FieldError.of("grades", "account.gradesRequired", "a GRADE_LEADER needs at least one grade"));
            }
            Set<Integer> untaught = new TreeSet<>();
            for (Integer grade : grades) {
                if (grade == null) {
                    problems.add(FieldError.of("grades", "account.nullGrade", "must not contain null"));
                } else if (school != null && (grade < school.firstGrade() || grade > school.lastGrade())) {
                    untaught.add(grade);
                }
            }
            if (!untaught.isEmpty()) {
                problems.add(FieldError.of("grades", "account.gradeNotTaught", "not taught at school " + school.code() + " (grades " + school.firstGrade()
                        + "-" + school.lastGrade() + "): " + join(untaught), school.code(), school.firstGrade(), school.lastGrade(),
                        join(untaught)));
            }
        } else if (!grades.isEmpty()) {
            problems.add(FieldError.of("grades", "account.noGrades", "must be empty: only a GRADE_LEADER has grades"));
        }
        if (local.contains(Role.HEAD_TEACHER) && classIds.size() > MAX_CLASSES) {
            problems.add(FieldError.of("classIds", "account.tooManyClasses", "at most " + MAX_CLASSES + " classes", MAX_CLASSES));
        } else if (local.contains(Role.HEAD_TEACHER)) {
            Set<Long> missing = new TreeSet<>();
            Set<Long> elsewhere = new TreeSet<>();
            for (Long id : classIds) {
                if (id == null) {
                    problems.add(FieldError.of("classIds", "account.nullClass", "must not contain null"));
                } else if (!classes.containsKey(id)) {
                    missing.add(id);
                } else if (school != null && classes.get(id).schoolId() != school.id()) {
                    elsewhere.add(id);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(FieldError.of("classIds", "account.noSuchClass", "no such class: " + join(missing), join(missing)));
            }
            if (!elsewhere.isEmpty()) {
                problems.add(FieldError.of("classIds", "account.classElsewhere", "not a class of school " + school.code() + ": " + join(elsewhere), school.code(), join(elsewhere)));
            }
        } else if (!classIds.isEmpty()) {
            problems.add(FieldError.of("classIds", "account.noClasses", "must be empty: only a HEAD_TEACHER has classes"));
        }
        return problems;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.joining(", "));
    }

    private static String join(Set<? extends Number> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
