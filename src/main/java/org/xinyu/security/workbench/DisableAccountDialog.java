package org.xinyu.security.workbench;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.security.AccountSummary;

/** 停用账号: asks before an account is disabled; fires a {@link ConfirmEvent} when the administrator confirms. */
class DisableAccountDialog extends Dialog {

    static final class ConfirmEvent extends ComponentEvent<DisableAccountDialog> {
        private final String username;

        ConfirmEvent(DisableAccountDialog source, String username) {
            super(source, false);
            this.username = username;
        }

        String username() {
            return username;
        }
    }

    private final Button cancel;

    DisableAccountDialog(AccountSummary account) {
        setId("disable-dialog");
        setHeaderTitle(getTranslation("accounts.disableTitle", account.displayName(), account.username()));
        add(new Paragraph(getTranslation("accounts.disableText")));
        Button confirm = new Button(getTranslation("accounts.disable"), e -> {
            close();
            fireEvent(new ConfirmEvent(this, account.username()));
        });
        confirm.setId("disable-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        Dialogs.focusOnOpen(this, cancel::focus);
    }

    Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }
}
