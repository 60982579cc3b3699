package org.xinyu.platform.workbench;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.DefaultI18NProvider;

import java.util.List;
import java.util.Locale;

/**
 * The workbench's texts from {@code vaadin-i18n/translations*.properties}. Simplified Chinese comes first on
 * purpose: a browser asking for neither Chinese nor English gets Chinese; English is one click away.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class XinyuI18NProvider extends DefaultI18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    public XinyuI18NProvider() {
        super(LOCALES, XinyuI18NProvider.class.getClassLoader());
    }
}
