package org.xinyu.security;

/** The roles of the notice's three-level network plus the administrators and the auditor. */
public enum Role {
    COUNSELOR, HEAD_TEACHER, GRADE_LEADER, SCHOOL_LEADER, RULE_ADMIN, SYSTEM_ADMIN, AUDITOR;

    public boolean isAdministrator() {
        return this == RULE_ADMIN || this == SYSTEM_ADMIN;
    }
}
