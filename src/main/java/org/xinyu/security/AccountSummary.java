package org.xinyu.security;

import java.util.List;
import java.util.Set;

/** An account as the administrator's list shows it: identity, roles, scope by ids, and whether it can be used. */
public record AccountSummary(long id, String username, String displayName, Set<Role> roles, Long schoolId,
                             Set<Integer> grades, Set<Long> classIds, List<AccountState> states) {
    public boolean enabled() {
        return !states.contains(AccountState.DISABLED);
    }
}
