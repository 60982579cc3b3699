package org.xinyu.security;

/**
 * The caller's own password change: the current password (checked like a sign-in) and the new one (the password
 * policy's rules). Both are checked by {@link Passwords#changeOwnPassword}, together, since the policy needs the
 * caller's username.
 */
public record PasswordChange(String currentPassword, String newPassword) {
}
