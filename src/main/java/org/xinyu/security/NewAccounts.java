package org.xinyu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every way of creating an account shares, once the use case has checked who may: the rules a new account
 * must meet beyond its constraints, storing it, and making its head teacher lead the classes it is given. Used only
 * by the creating use cases of {@link AccountAdministration} (package-private: no path around their permission
 * and audit).
 */
@ApplicationScoped
class NewAccounts {

    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";

    private final PasswordPolicy policy = new PasswordPolicy();

    @Inject
    AccountStore accounts;

    @Inject
    Clock clock;

    @Inject
    SchoolLookup schools;

    @Inject
    ClassHeadTeachers classHeadTeachers;

    /**
     * Checks the request (400 naming every bad field; 409 for a taken username, or a class led by someone else) and
     * stores the account with the given hash of its password, which {@code hash} computes once the password passed.
     */
    UserAccount create(NewAccount request, Function<String, String> hash) {
        List<FieldError> errors = problems(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (accounts.byUsername(request.username()).isPresent()) {
            throw ProblemException.conflict("account.usernameTaken", "username", "username already exists");
        }
        UserAccount account = new UserAccount(request.username(), request.displayName(), hash.apply(request.password()),
                request.roles(), request.schoolId(), request.gradesOrNone(), request.classIdsOrNone(), clock.instant());
        accounts.store(account);
        leadClasses(account);
        return account;
    }

    /** The rules beyond the command's constraints, in the order the fields are declared. */
    List<FieldError> problems(NewAccount request) {
        List<FieldError> errors = new ArrayList<>(ruleProblems(request));
        errors.addAll(indexOf(errors, "password"), scopeProblems(request.roles(), request.schoolId(), request.gradesOrNone(),
                request.classIdsOrNone()));
        return errors;
    }

    /** The rules that need no data: username format and reserved names, roles, the password policy. */
    List<FieldError> ruleProblems(NewAccount request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.username() != null && !request.username().matches(USERNAME_PATTERN)) {
            errors.add(FieldError.of("username", "account.usernameFormat", "use 2-64 lower-case letters, digits, '.', '_' or '-'"));
        }
        if (request.username() != null && RequestContext.NON_ACCOUNT_ACTORS.contains(request.username())) {
            errors.add(FieldError.of("username", "account.usernameReserved", "is the name the system itself uses in the audit trail"));
        }
        Set<Role> roles = request.roles();
        if (roles == null || roles.isEmpty()) {
            errors.add(FieldError.of("roles", "account.rolesRequired", "at least one role is required"));
        } else if (roles.stream().anyMatch(Objects::isNull)) {
            errors.add(FieldError.of("roles", "account.unknownRole", "unknown role null", "null"));
        }
        if (roles != null && roles.stream().anyMatch(r -> r == Role.AUDITOR)
                && roles.stream().anyMatch(r -> r != null && r.isAdministrator())) {
            errors.add(FieldError.of("roles", "account.auditorAdministers", "an auditor cannot also be an administrator"));
        }
        if (request.password() == null) {
            errors.add(FieldError.required("password"));
        } else {
            errors.addAll(policy.errors("password", request.username() == null ? "" : request.username(), request.password()));
        }
        return errors;
    }

    private static int indexOf(List<FieldError> errors, String field) {
        for (int i = 0; i < errors.size(); i++) {
            if (errors.get(i).field().equals(field)) {
                return i;
            }
        }
        return errors.size();
    }

    /** Whether the school, grades and classes fit the roles ({@link AccountScopeRules}), looked up as needed. */
    private List<FieldError> scopeProblems(Set<Role> roles, Long schoolId, Set<Integer> grades, Set<Long> classIds) {
        SchoolLookup.SchoolRef school = schoolId == null ? null : schools.school(schoolId).orElse(null);
        List<Long> wanted = classIds.stream().filter(Objects::nonNull).toList();
        Map<Long, SchoolLookup.ClassRef> classes = wanted.isEmpty() || wanted.size() > AccountScopeRules.MAX_CLASSES ? Map.of()
                : schools.classesByIds(wanted).stream().collect(Collectors.toMap(SchoolLookup.ClassRef::id, Function.identity()));
        return AccountScopeRules.problems(roles, schoolId, school, grades, classIds, classes);
    }

    /**
     * A head teacher's classes: the account's scope and each class's head teacher must agree, so the account
     * becomes the head teacher of the classes it is given (in this transaction; a class led by someone else is
     * refused with 409 and nothing is created).
     */
    private void leadClasses(UserAccount account) {
        if (!account.classIds().isEmpty()) {
            classHeadTeachers.leadNewAccountsClasses(account, account.classIds());
        }
    }
}
