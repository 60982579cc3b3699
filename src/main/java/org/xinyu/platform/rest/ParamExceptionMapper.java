package org.xinyu.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;
import org.xinyu.platform.problem.FieldError;

import java.util.List;

/**
 * A query, header, form or cookie parameter that cannot be converted to its declared type ({@code ?page=abc},
 * {@code ?size=1.5}, {@code ?grade=x}) is the client's mistake: 400 naming the parameter in {@code errors}, where
 * JAX-RS would answer a bare 404. A path parameter that does not convert ({@code /students/abc}) names no
 * resource and stays 404.
 */
@Provider
@Priority(1)
public class ParamExceptionMapper implements ExceptionMapper<ParamException> {

    @Override
    public Response toResponse(ParamException e) {
        if (PathParam.class.equals(e.getParameterType())) {
            return Problems.response(404, "Not Found", "No resource at this path.", List.of());
        }
        String name = e.getParameterName() == null ? "parameter" : e.getParameterName();
        return Problems.response(400, "Invalid input", name + ": is not a valid value of its type",
                List.of(FieldError.of(name, "type", "is not a valid value of its type (a whole number is expected where one is)")));
    }
}
