package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.casework.NewReferral;

/** 转介: to which institution, why, whether the parents consented; fires a {@link SaveEvent}. */
class ReferralForm extends FormLayout {

    /** What the form holds while it is filled in. */
    static final class Draft {
        String institution = "";
        String reason = "";
        Boolean parentConsent = false;
    }


    private final Draft draft = new Draft();

    ReferralForm() {
        TextField institution = new TextField(getTranslation("referral.institution"));
        institution.setId("referral-institution");
        institution.setMaxLength(200);
        TextArea reason = new TextArea(getTranslation("referral.reason"));
        reason.setId("referral-reason");
        reason.setMaxLength(1000);
        Checkbox consent = new Checkbox(getTranslation("referral.parentConsent"));
        consent.setId("referral-consent");
        Binder<Draft> binder = new Binder<>();
        binder.forField(institution).bind(d -> d.institution, (d, v) -> d.institution = v);
        binder.forField(reason).bind(d -> d.reason, (d, v) -> d.reason = v);
        binder.forField(consent).bind(d -> d.parentConsent, (d, v) -> d.parentConsent = v);
        binder.setBean(draft);
        Button save = new Button(getTranslation("referral.save"), e -> SaveEvent.fire(this, toCommand()));
        save.setId("referral-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(institution, reason, consent, save);
    }

    /** The one place the form's values become the service's command. */
    NewReferral toCommand() {
        return new NewReferral(draft.institution, draft.reason, draft.parentConsent);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<NewReferral>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
