package org.xinyu.security.workbench;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/**
 * The workbench's servlet (in place of the one vaadin-cdi would deploy): the same CDI servlet, but idle
 * sessions are closed, so that the session time-out (web.xml) ends a sign-in even while a tab stays open
 * and sends heartbeats; the browser then lands on the login page.
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true, loadOnStartup = 1,
        initParams = @WebInitParam(name = "closeIdleSessions", value = "true"))
public class XinyuVaadinServlet extends CdiVaadinServlet {
}
