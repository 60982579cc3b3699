package org.xinyu.screening.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.Pickers;
import org.xinyu.screening.Instrument;
import org.xinyu.screening.NewScreening;
import org.xinyu.screening.StandardInstruments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * 录入筛查结果: one paper or face-to-face screening (a rescreen, say) entered item by item: the instrument, the
 * day it was taken and each item's answer in the questionnaire's order. The server scores it; this form only
 * makes sure every item has an answer in the instrument's range before handing it to its owner.
 */
public class ScreeningForm extends VerticalLayout {

    private final Select<Instrument> instrument = new Select<>();
    private final DatePicker administeredOn = new DatePicker();
    private final FlexLayout items = new FlexLayout();
    private final List<Select<Integer>> answers = new ArrayList<>();
    private Consumer<NewScreening> onSave = s -> { };

    public ScreeningForm(Clock clock) {
        addClassName("screening-form");
        setPadding(false);
        instrument.setId("screening-instrument");
        instrument.setLabel(getTranslation("screening.instrument"));
        instrument.setItems(StandardInstruments.all());
        instrument.setItemLabelGenerator(Instrument::name);
        instrument.addValueChangeListener(e -> showItems(e.getValue()));
        administeredOn.setId("screening-date");
        administeredOn.setLabel(getTranslation("screening.on"));
        Pickers.localize(administeredOn);
        administeredOn.setValue(Formats.today(clock));
        administeredOn.setMax(Formats.today(clock));
        administeredOn.setRequired(true);
        items.setId("screening-items");
        items.addClassName("screening-items");
        items.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Button save = new Button(getTranslation("screening.save"), e -> save());
        save.setId("screening-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph hint = new Paragraph(getTranslation("screening.hint"));
        hint.addClassName("muted");
        add(new FormLayout(instrument, administeredOn), hint, items, save);
        instrument.setValue(StandardInstruments.PHQ9);
    }

    public void onSave(Consumer<NewScreening> handler) {
        this.onSave = handler;
    }

    private void showItems(Instrument chosen) {
        items.removeAll();
        answers.clear();
        if (chosen == null) {
            return;
        }
        for (int item = 1; item <= chosen.itemCount(); item++) {
            Select<Integer> answer = new Select<>();
            answer.setLabel(getTranslation("screening.itemLabel", item));
            answer.setItems(IntStream.rangeClosed(chosen.minAnswer(item), chosen.maxAnswer(item)).boxed().toList());
            answer.setId("screening-item-" + item);
            answer.addClassName("screening-answer");
            answer.getElement().setAttribute("data-item", Integer.toString(item));
            answer.setErrorMessage(getTranslation("screening.answerRequired"));
            answer.addValueChangeListener(e -> answer.setInvalid(false));
            answers.add(answer);
            items.add(answer);
        }
    }

    /** Every item answered: hand the screening over; otherwise mark the items still open and keep the form. */
    private void save() {
        boolean complete = true;
        for (Select<Integer> answer : answers) {
            if (answer.getValue() == null) {
                answer.setInvalid(true);
                complete = false;
            }
        }
        administeredOn.setInvalid(administeredOn.getValue() == null);
        if (!complete || instrument.getValue() == null || administeredOn.getValue() == null) {
            return;
        }
        onSave.accept(new NewScreening(instrument.getValue().code(), administeredOn.getValue(),
                answers.stream().map(Select::getValue).toList()));
    }
}
