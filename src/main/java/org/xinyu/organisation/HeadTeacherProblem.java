package org.xinyu.organisation;

import org.xinyu.platform.problem.FieldError;
import org.xinyu.security.Role;
import org.xinyu.security.UserAccount;

import java.util.Objects;
import java.util.Optional;

/** Why an account may not lead a class of a school, each reason with its code (field {@code headTeacher}). */
enum HeadTeacherProblem {
    UNKNOWN("class.headTeacher.unknown", "no such account"),
    DISABLED("class.headTeacher.disabled", "the account is disabled"),
    NOT_HEAD_TEACHER("class.headTeacher.role", "the account does not have the role HEAD_TEACHER"),
    OTHER_SCHOOL("class.headTeacher.otherSchool", "the account belongs to another school");

    private final String code;
    private final String message;

    HeadTeacherProblem(String code, String message) {
        this.code = code;
        this.message = message;
    }

    String message() {
        return message;
    }

    FieldError error() {
        return FieldError.of("headTeacher", code, message);
    }

    /** Empty when the account may lead a class of the school: it exists, is enabled, is a head teacher of that school. */
    static Optional<HeadTeacherProblem> of(UserAccount account, long schoolId) {
        if (account == null) {
            return Optional.of(UNKNOWN);
        }
        if (!account.enabled()) {
            return Optional.of(DISABLED);
        }
        if (!account.roles().contains(Role.HEAD_TEACHER)) {
            return Optional.of(NOT_HEAD_TEACHER);
        }
        if (!Objects.equals(account.schoolId(), schoolId)) {
            return Optional.of(OTHER_SCHOOL);
        }
        return Optional.empty();
    }
}
