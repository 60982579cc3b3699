package org.xinyu.security;

/** A temporary password an administrator gives an account (the password policy applies, see {@link Passwords}). */
public record PasswordReset(String temporaryPassword) {
}
