package org.xinyu.security;

import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.Required;

import java.util.Set;

/**
 * An account to create: who it is, its first password, its roles and the scope they work in (a school, grades of it,
 * classes led). The shape checks are the constraints here; the rules that need the username, the roles together or
 * the school's data (format, reserved names, an auditor who administers, the scope, the password policy) are
 * {@link NewAccounts}'.
 *
 * @param grades   may be null (none); may hold a null from a JSON {@code null}, which is refused
 * @param classIds may be null (none); may hold null, which is refused
 */
public record NewAccount(@Required @MaxLength(64) @CleanText String username,
                         @Required @MaxLength(100) @CleanText String displayName,
                         String password, Set<Role> roles, Long schoolId, Set<Integer> grades, Set<Long> classIds) {

    public Set<Integer> gradesOrNone() {
        return grades == null ? Set.of() : grades;
    }

    public Set<Long> classIdsOrNone() {
        return classIds == null ? Set.of() : classIds;
    }
}
