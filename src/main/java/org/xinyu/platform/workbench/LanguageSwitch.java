package org.xinyu.platform.workbench;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/** One click between 简体中文 and English; the choice holds for the whole session (and survives a reload). */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            Locale next = isChinese(UI.getCurrent().getLocale()) ? XinyuI18NProvider.ENGLISH : XinyuI18NProvider.CHINESE;
            VaadinSession.getCurrent().setLocale(next);
            UI.getCurrent().getPage().reload();
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setText(getTranslation("language.switch"));
        getElement().setAttribute("lang", isChinese(attachEvent.getUI().getLocale()) ? "en" : "zh-CN");
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
