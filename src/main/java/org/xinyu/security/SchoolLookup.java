package org.xinyu.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Resolves schools and classes for account administration (a code on creation, names for the scope an account
 * holds). Security must not depend on the organisation feature (the organisation calls security), so the
 * organisation implements this.
 */
public interface SchoolLookup {

    /** A school as account administration names it; {@code firstGrade..lastGrade} are the grades it teaches. */
    record SchoolRef(long id, String code, String name, int firstGrade, int lastGrade) {
    }

    /** A class of a school. */
    record ClassRef(long id, long schoolId, int grade, int classNo) {
    }

    Optional<Long> idOf(String schoolCode);

    /** Every school the caller may read, by code. */
    List<SchoolRef> schools();

    /** The classes of one school, by grade and number (empty for a school the caller may not read). */
    List<ClassRef> classes(long schoolId);

    /**
     * A school by id, whoever asks: for checking the scope of an account being created (the account service has
     * checked its own permission, or runs for the bootstrap and the demo data, without a caller).
     */
    Optional<SchoolRef> school(long schoolId);

    /** Those of the classes with these ids that exist, whoever asks (for checking an account's scope, as above). */
    List<ClassRef> classesByIds(Collection<Long> classIds);
}
