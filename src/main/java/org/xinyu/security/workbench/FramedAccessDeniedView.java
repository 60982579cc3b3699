package org.xinyu.security.workbench;

import com.vaadin.flow.router.ParentLayout;
import org.xinyu.platform.workbench.AccessDeniedView;

/**
 * The error page inside the workbench's frame, so that navigation, language switch and sign-out stay (issue 12):
 * Vaadin uses the most specific of the error views for an exception, and this one extends the platform's.
 */
@ParentLayout(MainLayout.class)
public class FramedAccessDeniedView extends AccessDeniedView {
}
