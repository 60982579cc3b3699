package org.xinyu.platform.workbench;

import com.vaadin.flow.server.VaadinRequest;

/** Absolute paths inside the application, whatever page the browser is on. */
public final class WorkbenchPaths {

    private WorkbenchPaths() {
    }

    public static String absolute(String route) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String context = request == null ? "" : request.getContextPath();
        return (context == null ? "" : context) + "/" + route;
    }
}
