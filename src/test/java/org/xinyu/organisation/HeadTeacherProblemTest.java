package org.xinyu.organisation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.security.Role;
import org.xinyu.security.UserAccount;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may lead a class of school 1: an account that exists, is enabled, is a HEAD_TEACHER and whose school is 1. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HeadTeacherProblemTest {

    private static UserAccount account(Set<Role> roles, Long schoolId) {
        return new UserAccount("ht", "班主任", "$argon2id$fake", roles, schoolId, Set.of(), Set.of(), Instant.EPOCH);
    }

    @Test
    void an_enabled_head_teacher_of_the_school_may_lead_its_classes() {
        assertEquals(Optional.empty(), problem(account(Set.of(Role.HEAD_TEACHER), 1L), 1));
        assertEquals(Optional.empty(), problem(account(Set.of(Role.HEAD_TEACHER, Role.GRADE_LEADER), 1L), 1));
    }

    @Test
    void anyone_else_is_refused_with_the_reason() {
        assertEquals(Optional.of("no such account"), problem(null, 1));
        UserAccount disabled = account(Set.of(Role.HEAD_TEACHER), 1L);
        disabled.disable();
        assertEquals(Optional.of("the account is disabled"), problem(disabled, 1));
        assertEquals(Optional.of("the account does not have the role HEAD_TEACHER"),
                problem(account(Set.of(Role.COUNSELOR), 1L), 1));
        assertEquals(Optional.of("the account does not have the role HEAD_TEACHER"),
                problem(account(Set.of(Role.SYSTEM_ADMIN), null), 1));
        assertEquals(Optional.of("the account belongs to another school"),
                problem(account(Set.of(Role.HEAD_TEACHER), 2L), 1));
        assertEquals(Optional.of("the account belongs to another school"),
                problem(account(Set.of(Role.HEAD_TEACHER), null), 1));
    }

    /** The reason in the words of the API's {@code headTeacher} field. */
    private static Optional<String> problem(UserAccount account, long schoolId) {
        return HeadTeacherProblem.of(account, schoolId).map(HeadTeacherProblem::message);
    }
}
