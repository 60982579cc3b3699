package org.xinyu.security;

import org.xinyu.audit.AuditAction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.problem.ProblemException;

import java.util.List;

/**
 * A caller whose password has expired may do one thing only: change it. Every other API call answers 403
 * problem+json "Password expired" (audited as a denial). Runs before the permission check.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class PasswordExpiryFilter implements ContainerRequestFilter {

    public static final String TITLE = "Password expired";
    public static final String DETAIL = "Your password has expired: change it with POST /api/v1/users/me/password.";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest httpRequest;

    @Inject
    PasswordExpiry expiry;

    @Inject
    AuditTrail audit;

    @Override
    public void filter(ContainerRequestContext request) {
        AccountPrincipal caller = caller();
        if (caller == null || (resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(AllowsExpiredPassword.class))) {
            return;
        }
        if (expiry.isExpired(caller.accountId(), httpRequest)) {
            audit.denied(AuditAction.PASSWORD_EXPIRED, "ACCOUNT", caller.accountId(), "password expired; only changing it is allowed");
            throw new ProblemException(403, TITLE, DETAIL, List.of(), "password.expired", List.of());
        }
    }

    private static AccountPrincipal caller() {
        try {
            return SecurityUtils.getSubject().getPrincipal() instanceof AccountPrincipal p ? p : null;
        } catch (UnavailableSecurityManagerException e) {
            return null;
        }
    }
}
