package org.xinyu.platform.workbench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/** The caller's role may not open this page. */
public class AccessDeniedView extends ErrorView implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        fill(UI.getCurrent().getTranslation("error.status.403"), UI.getCurrent().getTranslation("error.routeDenied"));
        return 403;
    }
}
