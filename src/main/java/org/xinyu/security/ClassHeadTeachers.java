package org.xinyu.security;

import java.util.Set;

/**
 * The class side of a head teacher's scope. An account's classes ({@link UserAccount#classIds()}) and each class's
 * head teacher must agree; the organisation owns the classes and implements this, since security must not depend
 * on the organisation.
 */
public interface ClassHeadTeachers {

    /**
     * Makes a newly created head-teacher account the head teacher of these classes of its school, in the caller's
     * transaction, audited per class ({@code CLASS_HEAD_TEACHER}). A class that has another head teacher is refused
     * (409, field {@code classIds}): changing a class's head teacher is the class's own call.
     */
    void leadNewAccountsClasses(UserAccount account, Set<Long> classIds);
}
