package org.xinyu.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API under /api/v1 (see shared/design/api.md); every call needs an authenticated caller. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Xinyu 心育 API", version = "1",
        description = "Case management for school mental-health work. Errors are RFC 9457 problem+json."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class XinyuApplication extends Application {

    /** No WADL: /openapi describes the API, and a WADL would be one more document to keep from leaking. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
