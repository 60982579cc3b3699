package org.xinyu.platform.workbench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.Arrays;
import java.util.List;

/** Date pickers that speak the session's language and write dates as the locale does (2026/11/29). */
public final class Pickers {

    private Pickers() {
    }

    public static DatePicker localize(DatePicker picker) {
        UI ui = UI.getCurrent();
        picker.setLocale(ui.getLocale());
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list(ui.getTranslation("datepicker.months")));
        i18n.setWeekdays(list(ui.getTranslation("datepicker.weekdays")));
        i18n.setWeekdaysShort(list(ui.getTranslation("datepicker.weekdaysShort")));
        i18n.setToday(ui.getTranslation("datepicker.today"));
        i18n.setCancel(ui.getTranslation("datepicker.cancel"));
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        return picker;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
    }
}
