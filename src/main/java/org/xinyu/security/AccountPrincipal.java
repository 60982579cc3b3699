package org.xinyu.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The authenticated caller as Shiro keeps it: identity, roles and scope (school, grades, classes).
 * Security knows the organisation only by ids, so features filter by these sets.
 */
public record AccountPrincipal(long accountId, String username, String displayName, Set<Role> roles,
                               Long schoolId, Set<Integer> grades, Set<Long> classIds) implements Serializable {

    public AccountPrincipal {
        roles = Set.copyOf(roles);
        grades = Set.copyOf(grades);
        classIds = Set.copyOf(classIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean may(Permission permission) {
        return roles.stream().anyMatch(permission::grantedTo);
    }

    @Override
    public String toString() {
        return username;
    }
}
