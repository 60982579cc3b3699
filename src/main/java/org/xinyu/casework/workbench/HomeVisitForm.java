package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.xinyu.casework.NewHomeVisit;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.Pickers;

import java.time.Clock;
import java.time.LocalDate;

/** 家访: when, how (实地/电话/视频/微信), whether the absent parent was reached, a short note; fires a {@link SaveEvent}. */
class HomeVisitForm extends FormLayout {

    /** What the form holds while it is filled in. */
    static final class Draft {
        LocalDate visitedOn;
        HomeVisitMode mode = HomeVisitMode.PHONE;
        Boolean contactedAbsentParent = false;
        String note = "";
    }


    private final Select<HomeVisitMode> mode = new Select<>();
    private final Draft draft = new Draft();

    HomeVisitForm(Clock clock) {
        addClassName("home-visit-form");
        DatePicker visitedOn = new DatePicker();
        visitedOn.setId("visit-date");
        visitedOn.setLabel(getTranslation("visit.on"));
        Pickers.localize(visitedOn);
        visitedOn.setMax(Formats.today(clock));
        mode.setId("visit-mode");
        mode.setLabel(getTranslation("visit.mode"));
        mode.setItems(HomeVisitMode.values());
        mode.setItemLabelGenerator(m -> Labels.of("visit.mode", m));
        Checkbox absentParent = new Checkbox();
        absentParent.setId("visit-absent-parent");
        absentParent.setLabel(getTranslation("visit.absentParentReached"));
        TextArea note = new TextArea();
        note.setId("visit-note");
        note.setLabel(getTranslation("visit.note"));
        note.setMaxLength(2000);
        draft.visitedOn = Formats.today(clock);
        Binder<Draft> binder = new Binder<>();
        binder.forField(visitedOn).bind(d -> d.visitedOn, (d, v) -> d.visitedOn = v);
        binder.forField(mode).bind(d -> d.mode, (d, v) -> d.mode = v);
        binder.forField(absentParent).bind(d -> d.contactedAbsentParent, (d, v) -> d.contactedAbsentParent = v);
        binder.forField(note).bind(d -> d.note, (d, v) -> d.note = v);
        binder.setBean(draft);
        Button save = new Button(getTranslation("visit.save"), e -> SaveEvent.fire(this, toCommand()));
        save.setId("visit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(visitedOn, mode, absentParent, note, save);
    }

    /** The one place the form's values become the service's command. */
    NewHomeVisit toCommand() {
        return new NewHomeVisit(draft.visitedOn, draft.mode, draft.contactedAbsentParent, draft.note);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<NewHomeVisit>> listener) {
        return SaveEvent.listen(this, listener);
    }

    void focus() {
        mode.focus();
    }
}
