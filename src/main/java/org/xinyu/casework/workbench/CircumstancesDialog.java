package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.student.Circumstance;
import org.xinyu.student.Student;

import org.xinyu.platform.workbench.SaveEvent;

import java.util.List;

/** 家庭情况: the student's family circumstances, ticked; fires a {@link SaveEvent} with all of them. */
class CircumstancesDialog extends Dialog {


    private final CheckboxGroup<Circumstance> types = new CheckboxGroup<>();

    CircumstancesDialog(Student student, String studentName) {
        setId("circumstances-dialog");
        setHeaderTitle(getTranslation("circumstances.title", studentName));
        types.setId("circumstances-types");
        types.setLabel(getTranslation("student.circumstances"));
        types.setItems(Circumstance.values());
        types.setItemLabelGenerator(c -> Labels.of("circumstance", c));
        types.setValue(student.circumstanceTypes());
        add(types);
        Dialogs.actionFooter(this, getTranslation("common.save"), "circumstances-save", e -> SaveEvent.fire(this, toCommand()));
    }

    /** The one place the ticked circumstances become the service's list (names, sorted). */
    List<Circumstance> toCommand() {
        return types.getValue().stream().sorted().toList();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<List<Circumstance>>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
