package org.xinyu.security.workbench;

import org.xinyu.security.Role;
import org.xinyu.security.SchoolLookup.ClassRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * An account's scope in words, as {@link org.xinyu.security.Scope} applies it: every school for the system
 * administrator and the auditor; otherwise the school, then "whole school" (counsellor, school leader), the
 * grades (grade leader) and the classes (head teacher). Grades and classes an account holds but its roles do not
 * use are left out, as the scope leaves them out.
 */
final class AccountScopeText {

    static final String SEPARATOR = " · ";

    private AccountScopeText() {
    }

    /**
     * @param schoolName the school's name, null if the account has no school or the school is unknown
     * @param classes    the classes of the account's school by id (may hold more than the account's)
     * @param t          translation: key and arguments to words
     */
    static String describe(Set<Role> roles, Long schoolId, String schoolName, Set<Integer> grades, Set<Long> classIds,
                           Map<Long, ClassRef> classes, BiFunction<String, Object[], String> t) {
        if (roles.contains(Role.SYSTEM_ADMIN) || roles.contains(Role.AUDITOR)) {
            return t.apply("accounts.scope.allSchools", new Object[0]);
        }
        if (schoolId == null) {
            return t.apply("accounts.scope.none", new Object[0]);
        }
        List<String> parts = new ArrayList<>();
        parts.add(schoolName != null ? schoolName : t.apply("accounts.scope.unknownSchool", new Object[]{schoolId}));
        if (roles.contains(Role.COUNSELOR) || roles.contains(Role.SCHOOL_LEADER)) {
            parts.add(t.apply("accounts.scope.wholeSchool", new Object[0]));
        }
        if (roles.contains(Role.GRADE_LEADER) && !grades.isEmpty()) {
            parts.add(grades.stream().sorted().map(g -> t.apply("grade.label", new Object[]{g})).collect(Collectors.joining("、")));
        }
        if (roles.contains(Role.HEAD_TEACHER) && !classIds.isEmpty()) {
            List<ClassRef> known = classIds.stream().map(classes::get).filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparingInt(ClassRef::grade).thenComparingInt(ClassRef::classNo)).toList();
            List<String> names = new ArrayList<>(known.stream()
                    .map(c -> t.apply("class.label", new Object[]{c.grade(), c.classNo()})).toList());
            classIds.stream().filter(id -> !classes.containsKey(id)).sorted()
                    .forEach(id -> names.add(t.apply("accounts.scope.unknownClass", new Object[]{id})));
            parts.add(String.join("、", names));
        }
        return String.join(SEPARATOR, parts);
    }
}
