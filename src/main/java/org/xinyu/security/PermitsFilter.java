package org.xinyu.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.List;

/**
 * Deny by default at the REST edge: a method without {@link Permits} answers 403 to everyone; one with it
 * answers 403 (audited) to a caller holding none of its permissions. JAX-RS' generated OPTIONS answer (the
 * {@code Allow} header of a path) is not a resource method of Xinyu and is left to every authenticated caller.
 */
@Provider
public class PermitsFilter implements DynamicFeature {

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod() == null || resource.getResourceClass() == null
                || !resource.getResourceClass().getName().startsWith("org.xinyu.")) {
            // JAX-RS' own OPTIONS (and HEAD) answers: they name the allowed methods and carry no data, so any
            // authenticated caller may have them (Shiro has authenticated the call before it gets here)
            return;
        }
        Permits permits = resource.getResourceMethod().getAnnotation(Permits.class);
        if (permits == null) {
            permits = resource.getResourceClass().getAnnotation(Permits.class);
        }
        List<Permission> needed = permits == null ? List.of() : Arrays.asList(permits.value());
        String name = resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
        context.register((ContainerRequestFilter) request -> check(needed, name, request));
    }

    private void check(List<Permission> needed, String name, ContainerRequestContext request) {
        AccountPrincipal caller = access.caller();
        if (needed.stream().noneMatch(caller::may)) {
            audit.denied("API " + name, null, null, "role lacks permission");
            throw ProblemException.forbidden("Your role may not do this.");
        }
    }
}
