package org.xinyu.security.workbench;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.ProblemText;
import org.xinyu.platform.workbench.WorkbenchErrorHandler;
import org.xinyu.security.AccountService.AccountSummary;

import java.util.Map;

/** 重置密码: a temporary password typed twice; fires a {@link SaveEvent} with it, the view resets and reports back. */
class ResetPasswordDialog extends Dialog {

    static final class SaveEvent extends ComponentEvent<ResetPasswordDialog> {
        private final String username;
        private final String temporaryPassword;

        SaveEvent(ResetPasswordDialog source, String username, String temporaryPassword) {
            super(source, false);
            this.username = username;
            this.temporaryPassword = temporaryPassword;
        }

        String username() {
            return username;
        }

        String temporaryPassword() {
            return temporaryPassword;
        }
    }

    private final String username;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ResetPasswordDialog(AccountSummary account) {
        this.username = account.username();
        setId("reset-dialog");
        setHeaderTitle(getTranslation("accounts.resetTitle", account.displayName(), account.username()));
        password.setLabel(getTranslation("accounts.temporaryPassword"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("accounts.passwordRules"));
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        repeat.setLabel(getTranslation("accounts.repeatPassword"));
        repeat.setId("reset-password-repeat");
        repeat.setRequiredIndicatorVisible(true);
        repeat.setWidthFull();
        Paragraph note = new Paragraph(getTranslation("accounts.resetText"));
        note.addClassName("muted");
        add(new VerticalLayout(password, repeat, note));
        setWidth("min(480px, 95vw)");
        Button save = new Button(getTranslation("accounts.resetSave"), e -> save());
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (password.getValue().isEmpty()) {
            password.setErrorMessage(getTranslation("validation.required"));
            password.setInvalid(true);
            return;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("accounts.error.passwordMismatch"));
            repeat.setInvalid(true);
            return;
        }
        fireEvent(new SaveEvent(this, username, password.getValue()));
    }

    void refused(ProblemException problem) {
        ProblemText text = ProblemText.of(this, CreateAccountDialog.WORDING);
        if (!text.showOn(problem, Map.of("password", password, "temporaryPassword", password, "repeat", repeat))) {
            WorkbenchErrorHandler.show(UI.getCurrent(), problem);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    @Override
    public void open() {
        super.open();
        password.focus();
    }
}
