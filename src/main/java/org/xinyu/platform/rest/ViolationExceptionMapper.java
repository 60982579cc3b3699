package org.xinyu.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Violations;

import java.util.List;

/**
 * Bean Validation's violations raised by the container (a constrained resource or bean method) answered like every
 * invalid input: 400 problem+json with each field's code. Use cases validate their commands themselves
 * ({@code UseCaseInterceptor}); this mapper keeps the same answer for any other constrained method.
 */
@Provider
public class ViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = Violations.fieldErrors(e.getConstraintViolations(), Object.class);
        ProblemException p = ProblemException.invalid(errors);
        return Problems.response(p.status(), p.title(), p.getMessage(), p.errors(), p.code(), p.args());
    }
}
