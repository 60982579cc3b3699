package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import org.xinyu.casework.NewHomeVisit;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.SaveEvent;

import java.time.Clock;

/** 家访 from 我的班级: the {@link HomeVisitForm} in a dialog; its save event is the dialog's. */
class HomeVisitDialog extends Dialog {

    private final HomeVisitForm form;

    HomeVisitDialog(String studentName, Clock clock) {
        setId("visit-dialog");
        setHeaderTitle(getTranslation("visit.title", studentName));
        form = new HomeVisitForm(clock);
        add(form);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()));
        Dialogs.focusOnOpen(this, form::focus);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<NewHomeVisit>> listener) {
        return form.addSaveListener(listener);
    }
}
