package org.xinyu.security.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.ProblemText;
import org.xinyu.platform.workbench.WorkbenchPaths;
import org.xinyu.security.PasswordChange;
import org.xinyu.security.Passwords;
import org.xinyu.security.Permits;

/**
 * 修改密码: any signed-in person changes their own password here. The guard sends everyone whose password has
 * expired (90 days, or an administrator's "change it now") here before anything else.
 */
@Route(value = "password", layout = MainLayout.class)
@Permits({})
@Dependent
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    @Inject
    public ChangePasswordView(Passwords accounts) {
        setMaxWidth("28rem");
        current.setLabel(getTranslation("password.current"));
        fresh.setLabel(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("password.rules"));
        repeat.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[]{current, fresh, repeat}) {
            field.setWidthFull();
            field.setRequired(true);
        }
        current.setId("password-current");
        fresh.setId("password-new");
        repeat.setId("password-repeat");
        Button save = new Button(getTranslation("password.save"), e -> save(accounts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.setId("password-save");
        add(new H1(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")), current, fresh, repeat, save);
    }

    private void save(Passwords accounts) {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(new PasswordChange(current.getValue(), fresh.getValue()));
        } catch (ProblemException e) {
            ProblemText text = ProblemText.of(this);
            e.errors().forEach(error -> {
                PasswordField field = "currentPassword".equals(error.field()) ? current : fresh;
                // this page's own sentence for a field whose error has no words of its own (a wrong current password)
                field.setErrorMessage(text.known(error).orElseGet(() -> getTranslation("password.invalid." + error.field())));
                field.setInvalid(true);
            });
            return;
        }
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.TOP_CENTER);
        getUI().ifPresent(ui -> ui.getPage().setLocation(WorkbenchPaths.absolute("")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
