package org.xinyu.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.TextRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Query parameters are text the API accepts too: the same {@link TextRules} as JSON bodies (single line), and at
 * most {@value #MAX_LENGTH} characters each (a search term or a date; nothing longer has a meaning). A 400 names
 * each bad parameter.
 */
@Provider
public class QueryTextFilter implements ContainerRequestFilter {

    static final int MAX_LENGTH = 200;

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<String>> parameters;
        try {
            parameters = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException badEscape) {
            throw ProblemException.invalid(FieldError.of("query", "query.encoding", "is not a valid percent-encoded query"));
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            TextRules.check("query", name, false).ifPresent(m -> errors.add(new FieldError("query", "a parameter name " + m.message(), m.code(), m.args())));
            for (String value : parameter.getValue()) {
                if (value.length() > MAX_LENGTH) {
                    errors.add(FieldError.tooLong(name, MAX_LENGTH));
                } else {
                    TextRules.check(name, value, false).ifPresent(errors::add);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
