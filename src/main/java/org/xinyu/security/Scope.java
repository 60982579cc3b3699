package org.xinyu.security;

import java.util.Set;

/**
 * Which students a caller may see. Organisation-wide roles (system administrator, auditor) see every school;
 * a counsellor or school leader their school; a grade leader the grades of their school; a head teacher the
 * classes they lead. A record outside the scope is answered as if it did not exist (404).
 */
public record Scope(boolean everySchool, Long schoolId, Set<Integer> grades, Set<Long> classIds, boolean wholeSchool) {

    public static Scope of(AccountPrincipal p) {
        if (p.has(Role.SYSTEM_ADMIN) || p.has(Role.AUDITOR)) {
            return new Scope(true, null, Set.of(), Set.of(), true);
        }
        boolean wholeSchool = p.has(Role.COUNSELOR) || p.has(Role.SCHOOL_LEADER);
        return new Scope(false, p.schoolId(), p.has(Role.GRADE_LEADER) ? p.grades() : Set.of(),
                p.has(Role.HEAD_TEACHER) ? p.classIds() : Set.of(), wholeSchool);
    }

    public boolean covers(long studentSchoolId, int grade, long classId) {
        if (everySchool) {
            return true;
        }
        if (schoolId == null || schoolId != studentSchoolId) {
            return false;
        }
        return wholeSchool || grades.contains(grade) || classIds.contains(classId);
    }

    public boolean coversSchool(long id) {
        return everySchool || (schoolId != null && schoolId == id);
    }

    /** Nothing at all in scope (e.g. a rule administrator): queries can short-cut to empty. */
    public boolean isEmpty() {
        return !everySchool && (schoolId == null || (!wholeSchool && grades.isEmpty() && classIds.isEmpty()));
    }
}
