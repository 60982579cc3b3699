package org.xinyu.platform.rest;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara Micro adds a root property {@code endpoints} (its list of the application's URLs) to the OpenAPI document,
 * which OpenAPI does not define, so standard validators, client generators and gateways reject the document
 * (issue 12 §3). Payara has no setting for it, but runs the MicroProfile filter (mp.openapi.filter) after adding it,
 * and leaves empty members out when it writes the document: this filter empties it.
 */
public class OpenApiRootFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiRootFilter.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(openAPI, new TreeMap<String, Object>());
        } catch (NoSuchMethodException e) {
            // a server that adds no such property: nothing to remove
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove the non-standard 'endpoints' property from the OpenAPI document", e);
        }
    }
}
