package org.xinyu.organisation.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.xinyu.organisation.NewSchool;
import org.xinyu.organisation.SchoolStage;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.platform.workbench.ProblemText;

import java.util.Map;

/** 新建学校: code, name, county and stage; fires a {@link SaveEvent} with the school to create. */
class SchoolDialog extends Dialog {

    /** What the dialog holds while it is filled in. */
    static final class Draft {
        String code = "";
        String name = "";
        String district = "";
        SchoolStage stage;
    }


    private final TextField code = new TextField();
    private final Draft draft = new Draft();
    private final Map<String, HasValidation> fields;

    SchoolDialog() {
        setId("school-dialog");
        setHeaderTitle(getTranslation("schools.createTitle"));
        code.setLabel(getTranslation("schools.code"));
        code.setId("school-code");
        code.setHelperText(getTranslation("schools.codeHelp"));
        code.setMaxLength(32);
        code.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("schools.name"));
        name.setId("school-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        TextField district = new TextField(getTranslation("schools.district"));
        district.setId("school-district");
        district.setMaxLength(100);
        district.setRequiredIndicatorVisible(true);
        Select<SchoolStage> stage = new Select<>();
        stage.setId("school-stage");
        stage.setLabel(getTranslation("schools.stage"));
        stage.setItems(SchoolStage.values());
        stage.setItemLabelGenerator(s -> s == null ? "" : getTranslation("stage." + s.name()));
        stage.setRequiredIndicatorVisible(true);
        Binder<Draft> binder = new Binder<>();
        binder.forField(code).bind(d -> d.code, (d, v) -> d.code = v);
        binder.forField(name).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(district).bind(d -> d.district, (d, v) -> d.district = v);
        binder.forField(stage).bind(d -> d.stage, (d, v) -> d.stage = v);
        binder.setBean(draft);
        fields = Map.of("code", code, "name", name, "district", district, "stage", stage);
        FormLayout form = new FormLayout(code, name, district, stage);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        add(form);
        setWidth("min(640px, 95vw)");
        Dialogs.actionFooter(this, getTranslation("common.save"), "school-save", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            SaveEvent.fire(this, toCommand());
        });
        Dialogs.focusOnOpen(this, code::focus);
    }

    /** The one place the dialog's values become the service's command. */
    NewSchool toCommand() {
        return new NewSchool(draft.code == null ? null : draft.code.trim(), draft.name, draft.district, draft.stage);
    }

    /** The service refused: on the fields it names, in the reader's words; anything else as the usual error message. */
    void refused(ProblemException problem) {
        ProblemText.showOn(this, problem, fields, Map.of());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<NewSchool>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
