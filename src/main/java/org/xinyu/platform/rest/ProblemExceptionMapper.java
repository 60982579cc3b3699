package org.xinyu.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinyu.platform.problem.ProblemException;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
        return Problems.response(e.status(), e.title(), e.getMessage(), e.errors(), e.code(), e.args());
    }
}
