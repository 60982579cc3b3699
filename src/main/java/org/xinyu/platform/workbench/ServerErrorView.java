package org.xinyu.platform.workbench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.problem.ProblemException;

import java.util.logging.Level;
import java.util.logging.Logger;

/** A view failed while opening: the problem's status and message, or a general message (logged with the request id). */
public class ServerErrorView extends ErrorView implements HasErrorParameter<Exception> {

    private static final Logger LOG = Logger.getLogger(ServerErrorView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable error = parameter.getCaughtException();
        ProblemException problem = ErrorText.problemIn(error);
        if (problem == null) {
            LOG.log(Level.SEVERE, "Workbench navigation error (request " + RequestContext.current().requestId() + ")", error);
        }
        fill(ErrorText.heading(UI.getCurrent(), error), ErrorText.detail(UI.getCurrent(), error));
        return problem == null ? 500 : problem.status();
    }
}
