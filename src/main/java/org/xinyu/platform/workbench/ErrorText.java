package org.xinyu.platform.workbench;

import com.vaadin.flow.component.UI;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns an error into words a teacher can read: a problem raised by an application service is told by its code
 * ({@link ProblemText}) under a heading translated from its status; anything else becomes a translated
 * "something went wrong" with the request id to quote. Never a stack trace.
 */
public final class ErrorText {

    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 409);

    private ErrorText() {
    }

    public static ProblemException problemIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** The heading: translated from the status, or the general error heading. */
    public static String heading(UI ui, Throwable error) {
        ProblemException p = problemIn(error);
        if (p == null) {
            return ui.getTranslation("error.unexpected");
        }
        return ui.getTranslation(KNOWN.contains(p.status()) ? "error.status." + p.status() : "error.problem");
    }

    /** The detail in the reader's language, by the problem's code ({@link ProblemText}); nothing for an unexpected error. */
    public static String detail(UI ui, Throwable error) {
        ProblemException p = problemIn(error);
        return p == null ? "" : ProblemText.of(ui).detail(p);
    }

    /** The problem's own message and fields, as the service wrote them (in English). */
    static String english(ProblemException p) {
        String fields = p.errors().stream().map(ErrorText::field).collect(Collectors.joining("; "));
        String message = p.getMessage() == null ? "" : p.getMessage();
        return fields.isEmpty() || message.contains(fields) ? message : fields;
    }

    public static String requestLine(UI ui) {
        return ui.getTranslation("error.requestId", RequestContext.current().requestId());
    }

    private static String field(FieldError e) {
        return e.field() + ": " + e.message();
    }
}
