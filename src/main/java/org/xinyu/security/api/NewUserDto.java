package org.xinyu.security.api;

import java.util.List;

public record NewUserDto(String username, String displayName, String password, List<String> roles,
                         String schoolCode, List<Long> classIds, List<Integer> grades) {
}
