package org.xinyu.platform.workbench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The page shown instead of a view that failed or may not be opened: translated words, a request id, a way home. */
abstract class ErrorView extends VerticalLayout {

    private final H2 heading = new H2();
    private final Paragraph detail = new Paragraph();
    private final Paragraph request = new Paragraph();
    private final Anchor home = new Anchor("/", "");

    ErrorView() {
        addClassName("error-view");
        request.addClassName("error-request");
        home.setId("error-home");
        add(heading, detail, request, home);
    }

    protected void fill(String headingText, String detailText) {
        UI ui = UI.getCurrent();
        heading.setText(headingText);
        detail.setText(detailText == null ? "" : detailText);
        detail.setVisible(detailText != null && !detailText.isBlank());
        request.setText(ErrorText.requestLine(ui));
        home.setText(ui.getTranslation("error.home"));
        home.setHref(WorkbenchPaths.absolute(""));
    }
}
