package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.casework.NewAssessment;
import org.xinyu.casework.Priority;

/** 风险评估: the counsellor's conclusion (a warning level) and a note; fires a {@link SaveEvent}. */
class AssessmentForm extends FormLayout {

    /** What the form holds while it is filled in. */
    static final class Draft {
        Priority conclusion;
        String note = "";
    }


    private final Draft draft = new Draft();

    AssessmentForm() {
        addClassName("assessment-form");
        Select<Priority> conclusion = new Select<>();
        conclusion.setId("assessment-conclusion");
        conclusion.setLabel(getTranslation("assessment.conclusion"));
        conclusion.setItems(Priority.CRISIS, Priority.HIGH, Priority.MEDIUM, Priority.LOW, Priority.NONE);
        conclusion.setItemLabelGenerator(p -> Labels.of("priority", p));
        TextArea note = new TextArea(getTranslation("assessment.note"));
        note.setId("assessment-note");
        note.setMaxLength(4000);
        note.setWidthFull();
        Binder<Draft> binder = new Binder<>();
        binder.forField(conclusion).bind(d -> d.conclusion, (d, v) -> d.conclusion = v);
        binder.forField(note).bind(d -> d.note, (d, v) -> d.note = v);
        binder.setBean(draft);
        Button save = new Button(getTranslation("assessment.save"), e -> SaveEvent.fire(this, toCommand()));
        save.setId("assessment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(conclusion, note, save);
    }

    /** The one place the form's values become the service's command. */
    NewAssessment toCommand() {
        return new NewAssessment(draft.conclusion, draft.note);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<NewAssessment>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
