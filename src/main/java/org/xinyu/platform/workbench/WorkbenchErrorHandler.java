package org.xinyu.platform.workbench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.problem.ProblemException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The workbench's one error handler (set on every session): a readable, translated message with the request
 * id, as a notification. Unexpected errors are logged with the request id; a 401 (the session has ended)
 * goes back to the login page.
 */
public class WorkbenchErrorHandler implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(WorkbenchErrorHandler.class.getName());

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        ProblemException problem = ErrorText.problemIn(error);
        String requestId = RequestContext.current().requestId();
        if (problem == null) {
            LOG.log(Level.SEVERE, "Workbench error (request " + requestId + ")", error);
        } else {
            LOG.fine(() -> "Workbench problem " + problem.status() + " (request " + requestId + "): " + problem.getMessage());
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (problem != null && problem.status() == 401) {
            ui.getPage().setLocation(WorkbenchPaths.absolute("login"));
            return;
        }
        show(ui, error);
    }

    /** Shows an error as a notification in the given UI (also used by views that catch and continue). */
    public static void show(UI ui, Throwable error) {
        Div content = new Div();
        content.addClassName("error-message");
        Span heading = new Span(ErrorText.heading(ui, error));
        heading.addClassName("error-heading");
        content.add(heading);
        String detail = ErrorText.detail(ui, error);
        if (!detail.isBlank()) {
            content.add(new Div(new Span(detail)));
        }
        Span request = new Span(ErrorText.requestLine(ui));
        request.addClassName("error-request");
        content.add(new Div(request));
        Notification notification = new Notification(content);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.addClassName("workbench-error");
        content.addClickListener(e -> notification.close());
        notification.open();
    }
}
