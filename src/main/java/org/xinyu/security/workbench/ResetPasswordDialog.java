package org.xinyu.security.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.platform.workbench.ProblemText;
import org.xinyu.security.AccountSummary;

import java.util.Map;

/** 重置密码: a temporary password typed twice; fires a {@link SaveEvent} with it, the view resets and reports back. */
class ResetPasswordDialog extends Dialog {


    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ResetPasswordDialog(AccountSummary account) {
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
        Button save = Dialogs.actionFooter(this, getTranslation("accounts.resetSave"), "reset-save", e -> save());
        save.addClickShortcut(Key.ENTER).listenOn(this);
        Dialogs.focusOnOpen(this, password::focus);
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
        SaveEvent.fire(this, password.getValue());
    }

    void refused(ProblemException problem) {
        ProblemText.showOn(this, problem, Map.of("password", password, "temporaryPassword", password, "repeat", repeat), CreateAccountDialog.WORDING);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<String>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
