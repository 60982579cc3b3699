package org.xinyu.security;

/** Which accounts to list: text in the username or name, a role, a school; each may be null. */
public record AccountFilter(String text, Role role, Long schoolId) {
    public static final AccountFilter ALL = new AccountFilter(null, null, null);
}
