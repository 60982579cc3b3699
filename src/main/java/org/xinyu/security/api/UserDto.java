package org.xinyu.security.api;

import org.xinyu.security.UserAccount;

import java.util.List;

/** An account as the administrator sees it: never the hash. */
public record UserDto(long id, String username, String displayName, List<String> roles, Long schoolId,
                      List<Integer> grades, List<Long> classIds, boolean enabled, int version) {
    public static UserDto of(UserAccount a) {
        return new UserDto(a.id(), a.username(), a.displayName(), a.roles().stream().map(Enum::name).sorted().toList(),
                a.schoolId(), a.grades().stream().sorted().toList(), a.classIds().stream().sorted().toList(),
                a.enabled(), a.version());
    }
}
