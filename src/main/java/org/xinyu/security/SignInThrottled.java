package org.xinyu.security;

import org.apache.shiro.authc.AuthenticationException;

import java.time.Duration;

/** Too many failed sign-ins from this address or for this username: refused without checking the password. */
public class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one (the Retry-After header's value). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
