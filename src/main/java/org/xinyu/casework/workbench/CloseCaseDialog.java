package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.xinyu.platform.workbench.Dialogs;

/** 结案: asks before a case is closed; fires a {@link ConfirmEvent} when the counsellor confirms. */
class CloseCaseDialog extends Dialog {

    static final class ConfirmEvent extends ComponentEvent<CloseCaseDialog> {
        ConfirmEvent(CloseCaseDialog source) {
            super(source, false);
        }
    }

    CloseCaseDialog(String studentName) {
        setHeaderTitle(getTranslation("case.closeTitle", studentName));
        Paragraph text = new Paragraph(getTranslation("case.closeText", studentName));
        text.setId("case-close-text");
        add(text);
        Dialogs.actionFooter(this, getTranslation("case.close"), "case-close-confirm", e -> fireEvent(new ConfirmEvent(this)));
    }

    Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }
}
