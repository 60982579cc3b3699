package org.xinyu.casework.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.xinyu.casework.Priority;

/** Translated names of the case-work codes, and the coloured warning-level badge. */
final class Labels {

    private Labels() {
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static String of(String prefix, Enum<?> value) {
        return value == null ? "" : t(prefix + "." + value.name());
    }

    static String classLabel(int grade, int classNo) {
        return t("class.label", grade, classNo);
    }

    /** 红 CRISIS, 橙 HIGH, 黄 MEDIUM, 蓝 LOW; NONE is grey. Text, not colour alone, carries the meaning. */
    static Span badge(Priority priority) {
        Priority p = priority == null ? Priority.NONE : priority;
        Span badge = new Span(of("priority", p));
        badge.addClassNames("badge", "priority-" + p.name().toLowerCase());
        badge.getElement().setAttribute("data-priority", p.name());
        return badge;
    }

    static Span overdueBadge() {
        Span badge = new Span(t("common.overdue"));
        badge.addClassNames("badge", "overdue");
        return badge;
    }

    static Component muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
