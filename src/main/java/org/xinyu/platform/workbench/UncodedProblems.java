package org.xinyu.platform.workbench;

import java.util.Map;
import java.util.Optional;

/**
 * TRANSITIONAL: the problems services still raise without a code of their own (deprecated
 * {@code new FieldError(field, message)}, {@code conflict(detail)}, {@code conflict(field, detail)}), by their exact
 * English message, so that the workbench keeps showing them in the reader's words until each gets its code
 * (the service changes of issue 13 do that). Nothing else in the workbench looks at a message's text; when a
 * service gives the code, its entry here goes, and with the last one this class.
 */
final class UncodedProblems {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("is required", "problem.required"),
            // AccountService
            Map.entry("username already exists", "accounts.error.usernameTaken"),
            Map.entry("use 2-64 lower-case letters, digits, '.', '_' or '-'", "accounts.error.usernameFormat"),
            // OrganisationService
            Map.entry("use 2-32 letters, digits or '-'", "schools.error.codeFormat"),
            Map.entry("a school with this code already exists", "schools.error.codeTaken"),
            Map.entry("this class already exists", "schools.error.classExists"),
            Map.entry("no such account", "schools.error.notHeadTeacher"),
            Map.entry("the account is disabled", "schools.error.notHeadTeacher"),
            Map.entry("the account does not have the role HEAD_TEACHER", "schools.error.notHeadTeacher"),
            Map.entry("the account belongs to another school", "schools.error.notHeadTeacher"),
            // CaseService.completeFollowUp
            Map.entry("this follow-up is already completed", "problem.followUp.alreadyCompleted"));

    private UncodedProblems() {
    }

    static Optional<String> keyFor(String message) {
        if (message == null) {
            return Optional.empty();
        }
        // the password policy's messages are its codes until it has codes of its own (password.tooShort …)
        if (message.matches("password\\.[a-zA-Z]+")) {
            return Optional.of("problem." + message);
        }
        return Optional.ofNullable(KEYS.get(message));
    }
}
