package org.xinyu.security;

import java.time.Instant;

/**
 * What decides whether an account's workbench session may go on, as the shared database says: the account is
 * enabled, and no action has revoked its sessions since the session signed in. The database is what every
 * instance of a cluster shares, so this is how an instance learns that another one disabled the account.
 *
 * @param revokedAt when the account's sessions were last revoked, or null if never
 */
public record SessionStanding(boolean enabled, Instant revokedAt) {

    /** A session that signed in at the very moment of a revocation is over too: the revocation may not have seen it. */
    public boolean allowsSessionSignedInAt(Instant signedInAt) {
        return enabled && (revokedAt == null || revokedAt.isBefore(signedInAt));
    }
}
