package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import org.xinyu.student.Circumstance;
import org.xinyu.student.Student;

import java.util.List;

/** 家庭情况: the student's family circumstances, ticked; fires a {@link SaveEvent} with all of them and the version read. */
class CircumstancesDialog extends Dialog {

    static final class SaveEvent extends ComponentEvent<CircumstancesDialog> {
        private final long studentId;
        private final List<String> circumstances;
        private final int version;

        SaveEvent(CircumstancesDialog source, long studentId, List<String> circumstances, int version) {
            super(source, false);
            this.studentId = studentId;
            this.circumstances = circumstances;
            this.version = version;
        }

        long studentId() {
            return studentId;
        }

        /** Every circumstance the student now has, as the service takes them. */
        List<String> circumstances() {
            return circumstances;
        }

        int version() {
            return version;
        }
    }

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
        long studentId = student.id();
        int version = student.version();
        Button save = new Button(getTranslation("common.save"), e -> fireEvent(new SaveEvent(this, studentId, toCommand(), version)));
        save.setId("circumstances-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** The one place the ticked circumstances become the service's list (names, sorted). */
    List<String> toCommand() {
        return types.getValue().stream().map(Enum::name).sorted().toList();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
