package org.xinyu.casework;

import org.xinyu.security.Scope;

import java.util.List;
import java.util.Map;

/**
 * The JPQL condition that keeps a query inside the caller's scope: the school, and for grade leaders and head
 * teachers their grades or classes. The paths name where school, grade and class live in the query.
 */
final class ScopeClause {

    private ScopeClause() {
    }

    static String of(Scope scope, String schoolPath, String gradePath, String classPath, Map<String, Object> params) {
        if (scope.everySchool()) {
            return "";
        }
        StringBuilder where = new StringBuilder(" and ").append(schoolPath).append(" = :scopeSchool");
        params.put("scopeSchool", scope.schoolId());
        if (!scope.wholeSchool()) {
            where.append(" and (").append(gradePath).append(" in :scopeGrades or ").append(classPath).append(" in :scopeClasses)");
            // an empty IN list is not valid JPQL: an impossible value keeps the condition false
            params.put("scopeGrades", scope.grades().isEmpty() ? List.of(-1) : List.copyOf(scope.grades()));
            params.put("scopeClasses", scope.classIds().isEmpty() ? List.of(-1L) : List.copyOf(scope.classIds()));
        }
        return where.toString();
    }
}
