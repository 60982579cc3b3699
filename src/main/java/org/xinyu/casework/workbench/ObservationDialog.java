package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.observation.NewObservation;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.Pickers;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 记录观察 in two clicks: it opens with a sensible category and severity and today's date, so that saving at once
 * records the most frequent concern; fires a {@link SaveEvent}.
 */
class ObservationDialog extends Dialog {

    /** Preselected: the most frequent concern head teachers report, as "concerning". */
    static final ObservationCategory DEFAULT_CATEGORY = ObservationCategory.LOW_MOOD;
    static final int DEFAULT_SEVERITY = 2;

    /** What the dialog holds while it is filled in. */
    static final class Draft {
        ObservationCategory category = DEFAULT_CATEGORY;
        Integer severity = DEFAULT_SEVERITY;
        LocalDate observedOn;
        String note = "";
    }


    private final Draft draft = new Draft();
    private final Button save;

    ObservationDialog(String studentName, Clock clock) {
        setId("observation-dialog");
        setHeaderTitle(getTranslation("observation.title", studentName));
        Select<ObservationCategory> category = new Select<>();
        category.setId("observation-category");
        category.setLabel(getTranslation("observation.category"));
        category.setItems(ObservationCategory.values());
        category.setItemLabelGenerator(c -> Labels.of("observation.category", c)
                + (c.isRedFlag() ? " " + getTranslation("observation.redFlagMark") : ""));
        RadioButtonGroup<Integer> severity = new RadioButtonGroup<>();
        severity.setId("observation-severity");
        severity.setLabel(getTranslation("observation.severity"));
        severity.setItems(1, 2, 3);
        severity.setItemLabelGenerator(s -> getTranslation("observation.severity." + s));
        DatePicker observedOn = Pickers.localize(new DatePicker(getTranslation("observation.on")));
        observedOn.setId("observation-date");
        observedOn.setMax(Formats.today(clock));
        TextArea note = new TextArea(getTranslation("observation.note"));
        note.setId("observation-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        draft.observedOn = Formats.today(clock);
        Binder<Draft> binder = new Binder<>();
        binder.forField(category).bind(d -> d.category, (d, v) -> d.category = v);
        binder.forField(severity).bind(d -> d.severity, (d, v) -> d.severity = v);
        binder.forField(observedOn).bind(d -> d.observedOn, (d, v) -> d.observedOn = v);
        binder.forField(note).bind(d -> d.note, (d, v) -> d.note = v);
        binder.setBean(draft);
        Paragraph hint = new Paragraph(getTranslation("observation.redFlagHint"));
        hint.addClassName("muted");
        add(new FormLayout(category, severity, observedOn, note), hint);
        save = Dialogs.actionFooter(this, getTranslation("common.save"), "observation-save", e -> SaveEvent.fire(this, toCommand()));
        Dialogs.focusOnOpen(this, save::focus);
    }

    /** The one place the dialog's values become the service's command. */
    NewObservation toCommand() {
        return new NewObservation(draft.category, draft.severity, draft.observedOn, draft.note);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<NewObservation>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
