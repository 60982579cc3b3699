package org.xinyu.casework.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.xinyu.casework.NewHomeVisit;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.Pickers;

import java.time.Clock;
import java.util.function.Consumer;

/** 家访: when, how (实地/电话/视频/微信), whether the absent parent was reached, a short note. Hands the visit to its owner. */
class HomeVisitForm extends FormLayout {

    private final DatePicker visitedOn = new DatePicker();
    private final Select<HomeVisitMode> mode = new Select<>();
    private final Checkbox absentParent = new Checkbox();
    private final TextArea note = new TextArea();
    private final Button save = new Button();
    private Consumer<NewHomeVisit> onSave = v -> { };

    HomeVisitForm(Clock clock) {
        addClassName("home-visit-form");
        visitedOn.setId("visit-date");
        visitedOn.setLabel(getTranslation("visit.on"));
        Pickers.localize(visitedOn);
        visitedOn.setValue(Formats.today(clock));
        visitedOn.setMax(Formats.today(clock));
        mode.setId("visit-mode");
        mode.setLabel(getTranslation("visit.mode"));
        mode.setItems(HomeVisitMode.values());
        mode.setItemLabelGenerator(m -> Labels.of("visit.mode", m));
        mode.setValue(HomeVisitMode.PHONE);
        absentParent.setId("visit-absent-parent");
        absentParent.setLabel(getTranslation("visit.absentParentReached"));
        note.setId("visit-note");
        note.setLabel(getTranslation("visit.note"));
        note.setMaxLength(2000);
        save.setId("visit-save");
        save.setText(getTranslation("visit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.accept(new NewHomeVisit(visitedOn.getValue(), mode.getValue(),
                absentParent.getValue(), note.getValue())));
        add(visitedOn, mode, absentParent, note, save);
    }

    void onSave(Consumer<NewHomeVisit> handler) {
        this.onSave = handler;
    }

    void focus() {
        mode.focus();
    }
}
