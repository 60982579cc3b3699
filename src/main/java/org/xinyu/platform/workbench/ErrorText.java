package org.xinyu.platform.workbench;

import com.vaadin.flow.component.UI;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns an error into words a teacher can read: a problem raised by an application service keeps its
 * message (and the fields it names) under a translated heading; anything else becomes a translated
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

    private static final Pattern NOT_FOUND = Pattern.compile("(.+) was not found\\.");

    /**
     * The detail in the reader's language: a service's "X was not found." by {@code error.notFound.X}, a message the
     * bundle knows by {@code error.message.<message>}, field messages the workbench knows (FieldMessages). A message
     * of no known shape is shown as written only to an English reader; anyone else reads the status's general
     * sentence ({@code error.detail.<status>}), never English. Nothing for an unexpected error.
     */
    public static String detail(UI ui, Throwable error) {
        ProblemException p = problemIn(error);
        if (p == null) {
            return "";
        }
        String message = p.getMessage() == null ? "" : p.getMessage();
        Matcher notFound = NOT_FOUND.matcher(message);
        if (notFound.matches()) {
            String text = OptionalTranslation.orElse(ui.getTranslation("error.notFound." + notFound.group(1)),
                    "error.notFound." + notFound.group(1), null);
            if (text != null) {
                return text;
            }
        }
        String known = OptionalTranslation.orElse(ui.getTranslation("error.message." + message), "error.message." + message, null);
        if (known != null) {
            return known;
        }
        List<String> fields = new ArrayList<>();
        for (FieldError e : p.errors()) {
            FieldMessages.known(e.message(), Map.of(), List.of("validation.", "password."))
                    .ifPresent(t -> fields.add(ui.getTranslation(t.key(), t.args().toArray())));
        }
        if (!fields.isEmpty() && fields.size() == p.errors().size()) {
            return String.join("；", fields);
        }
        if (ui.getLocale() != null && "en".equals(ui.getLocale().getLanguage())) {
            return english(p);
        }
        String general = "error.detail." + (KNOWN.contains(p.status()) ? p.status() : "other");
        return ui.getTranslation(general);
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
