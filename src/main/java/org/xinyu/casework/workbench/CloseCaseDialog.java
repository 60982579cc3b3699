package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

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
        Button confirm = new Button(getTranslation("case.close"), e -> fireEvent(new ConfirmEvent(this)));
        confirm.setId("case-close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }

    Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }
}
