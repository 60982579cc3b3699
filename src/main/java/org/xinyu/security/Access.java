package org.xinyu.security;

import org.xinyu.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.problem.ProblemException;

import java.util.List;

/**
 * The gate every application service passes first: who is calling, may they do this, and is the record
 * within their scope. Refusals are audited; a record outside the scope is answered 404, never 403, so its
 * existence is not revealed.
 */
@ApplicationScoped
public class Access {

    @Inject
    AuditTrail audit;

    public AccountPrincipal caller() {
        Object principal;
        try {
            principal = SecurityUtils.getSubject().getPrincipal();
        } catch (UnavailableSecurityManagerException e) {
            principal = null;
        }
        if (principal instanceof AccountPrincipal p) {
            return p;
        }
        throw new ProblemException(401, "Unauthorized", "Valid credentials are required.", List.of());
    }

    /** Checks the permission and returns the caller. */
    public AccountPrincipal require(Permission permission) {
        AccountPrincipal caller = caller();
        if (!caller.may(permission)) {
            audit.denied(permission.name(), null, null, "role lacks permission");
            throw ProblemException.forbidden("Your role may not do this.");
        }
        return caller;
    }

    public boolean may(Permission permission) {
        return caller().may(permission);
    }

    public Scope scope() {
        return Scope.of(caller());
    }

    /** 404 for a student outside the caller's scope, audited as a denial. */
    public void requireInScope(long schoolId, int grade, long classId, String targetType, Object targetId) {
        if (!scope().covers(schoolId, grade, classId)) {
            audit.denied(AuditAction.READ_OUT_OF_SCOPE, targetType, targetId, "outside the caller's scope");
            throw ProblemException.notFound(targetType.charAt(0) + targetType.substring(1).toLowerCase());
        }
    }
}
