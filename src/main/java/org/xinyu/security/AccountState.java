package org.xinyu.security;

import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator needs to know about whether an account can be used: disabled by an administrator,
 * locked for a while after too many failed sign-ins, or with a password that must be changed first.
 * {@link #ACTIVE} only when none of these applies.
 */
public enum AccountState {
    ACTIVE, DISABLED, LOCKED, PASSWORD_EXPIRED;

    /** The states that apply, most severe first; {@code [ACTIVE]} when none does. */
    public static List<AccountState> of(boolean enabled, boolean locked, boolean passwordExpired) {
        List<AccountState> states = new ArrayList<>(3);
        if (!enabled) {
            states.add(DISABLED);
        }
        if (locked) {
            states.add(LOCKED);
        }
        if (passwordExpired) {
            states.add(PASSWORD_EXPIRED);
        }
        return states.isEmpty() ? List.of(ACTIVE) : List.copyOf(states);
    }
}
