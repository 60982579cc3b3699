package org.xinyu.security;

import java.util.Optional;

/**
 * Resolves a school code for account creation. Security must not depend on the organisation feature
 * (the organisation calls security), so the organisation implements this.
 */
public interface SchoolLookup {
    Optional<Long> idOf(String schoolCode);
}
