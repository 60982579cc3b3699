package org.xinyu.platform.rest;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure at commit (a concurrent change, a constraint) arrives wrapped in a TransactionalException, which
 * Jersey's own mapper would answer with an HTML 500 page. This one answers problem+json like every other error.
 */
@Provider
@Priority(1)
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

    private final UnexpectedExceptionMapper delegate = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(TransactionalException e) {
        return delegate.toResponse(e);
    }
}
