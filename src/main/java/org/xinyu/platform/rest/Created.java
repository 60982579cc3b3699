package org.xinyu.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 201 Created with the new resource's Location and body. */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo uri, String path, Object body) {
        return Response.created(uri.getBaseUriBuilder().path(path).build()).entity(body).build();
    }
}
