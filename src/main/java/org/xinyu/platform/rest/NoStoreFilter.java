package org.xinyu.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API answer is about children and their families, or about the people who care for them: no browser,
 * proxy or gateway may keep a copy ({@code Cache-Control: no-store}, RFC 9111 §5.2.2.5). Applied to the whole API
 * rather than per resource, so that a new call cannot forget it.
 */
@Provider
public class NoStoreFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
