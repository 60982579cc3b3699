package org.xinyu.security;

import java.util.EnumSet;
import java.util.Set;

import static org.xinyu.security.Role.AUDITOR;
import static org.xinyu.security.Role.COUNSELOR;
import static org.xinyu.security.Role.GRADE_LEADER;
import static org.xinyu.security.Role.HEAD_TEACHER;
import static org.xinyu.security.Role.RULE_ADMIN;
import static org.xinyu.security.Role.SCHOOL_LEADER;
import static org.xinyu.security.Role.SYSTEM_ADMIN;

/**
 * What a caller may do; every application service asks for one before it acts (deny by default).
 * The role sets encode separation of duties: administrators read no case content, the auditor changes nothing.
 */
public enum Permission {
    ORGANISATION_READ(SYSTEM_ADMIN, COUNSELOR, SCHOOL_LEADER, GRADE_LEADER, HEAD_TEACHER, AUDITOR),
    ORGANISATION_MANAGE(SYSTEM_ADMIN),
    ACCOUNT_READ(SYSTEM_ADMIN, AUDITOR),
    ACCOUNT_MANAGE(SYSTEM_ADMIN),
    STUDENT_READ(SYSTEM_ADMIN, COUNSELOR, SCHOOL_LEADER, GRADE_LEADER, HEAD_TEACHER, AUDITOR),
    STUDENT_CREATE(SYSTEM_ADMIN, HEAD_TEACHER),
    CIRCUMSTANCES_WRITE(SYSTEM_ADMIN, COUNSELOR, HEAD_TEACHER),
    SCREENING_WRITE(COUNSELOR),
    SCREENING_IMPORT(COUNSELOR),
    OBSERVATION_WRITE(HEAD_TEACHER, COUNSELOR, GRADE_LEADER),
    HOME_VISIT_WRITE(HEAD_TEACHER, COUNSELOR),
    CASE_READ(COUNSELOR, SCHOOL_LEADER, GRADE_LEADER, HEAD_TEACHER, AUDITOR),
    /** Counselling and assessment notes: counsellors only. */
    CASE_CONFIDENTIAL_READ(COUNSELOR),
    FOLLOW_UP_COMPLETE(COUNSELOR, HEAD_TEACHER),
    ASSESSMENT_WRITE(COUNSELOR),
    REFERRAL_WRITE(COUNSELOR),
    CASE_CLOSE(COUNSELOR),
    ESCALATION_READ(GRADE_LEADER, SCHOOL_LEADER, COUNSELOR),
    RULES_READ(RULE_ADMIN),
    RULES_EDIT(RULE_ADMIN),
    RULES_PUBLISH(RULE_ADMIN),
    AUDIT_READ(AUDITOR),
    /** Changing one's own password: every signed-in person, whatever the role (not a write of anyone's records). */
    OWN_PASSWORD_CHANGE(COUNSELOR, HEAD_TEACHER, GRADE_LEADER, SCHOOL_LEADER, RULE_ADMIN, SYSTEM_ADMIN, AUDITOR),
    /** Running the sweep on demand (it also runs on its schedule). */
    SWEEP_RUN(SYSTEM_ADMIN),
    /** Moving the clock exists only where xinyu.clock.movable is on (tests and demos). */
    CLOCK_MOVE(SYSTEM_ADMIN);

    private final Set<Role> roles;

    Permission(Role... roles) {
        this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
