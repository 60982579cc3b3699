package org.xinyu.platform.rest;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.problem.ProblemException;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line of defence: JAX-RS' own errors keep their status, a ProblemException wrapped by the container
 * is unwrapped, a stale version is a 409, and anything else is a 500 whose body names only the request id.
 * Never a stack trace in an answer.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        // a problem raised while reading the body (StrictJsonReader) may arrive wrapped by the container: it wins
        for (Throwable t = thrown; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return Problems.response(p.status(), p.title(), p.getMessage(), p.errors());
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return Problems.response(p.status(), p.title(), p.getMessage(), p.errors());
            }
            if (t instanceof jakarta.ws.rs.ProcessingException || t instanceof jakarta.json.bind.JsonbException
                    || t instanceof jakarta.json.JsonException) {
                return Problems.response(400, "Bad request", "The request body could not be read: check its JSON and field types.", List.of());
            }
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return Problems.response(409, "Conflict", "The record already exists (it may have just been created by someone else).", List.of());
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                // serialization failure or deadlock between two concurrent writes: nothing was written
                return Problems.response(409, "Conflict", "Someone else changed the same record at the same moment; try again.", List.of());
            }
            if (t instanceof OptimisticLockException || t.getClass().getName().endsWith(".OptimisticLockException")) {
                return Problems.response(409, "Conflict", "The record was changed by someone else; reload it and try again.", List.of());
            }
            if (t instanceof WebApplicationException w && !(t.getCause() instanceof ProblemException)) {
                int status = w.getResponse().getStatus();
                String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
                String detail = status == 400 ? "The request body could not be read: check its JSON and field types." : title;
                Response problem = Problems.response(status, title, detail, List.of());
                // 405 names the methods the resource does allow (RFC 9110 §15.5.6); JAX-RS put them on its response
                String allow = w.getResponse().getHeaderString("Allow");
                return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
            }
            if (t == t.getCause() || (t instanceof EJBException && t.getCause() == null) || t instanceof RollbackException && t.getCause() == null) {
                break;
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure in request " + RequestContext.current().requestId() + ": " + thrown.getClass().getName(), thrown);
        return Problems.response(500, "Internal error", "Something went wrong on the server; the request id identifies it in the log.", List.of());
    }
}
