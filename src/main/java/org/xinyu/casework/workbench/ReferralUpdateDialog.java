package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.casework.ReferralUpdate;
import org.xinyu.casework.Referral;
import org.xinyu.casework.ReferralStatus;

/** 更新转介: a new status and the institution's feedback; fires a {@link SaveEvent} with the change. */
class ReferralUpdateDialog extends Dialog {

    /** What the dialog holds while it is filled in. */
    static final class Draft {
        ReferralStatus status;
        String feedback = "";
    }


    private final Referral referral;
    private final Draft draft = new Draft();

    ReferralUpdateDialog(Referral referral) {
        this.referral = referral;
        setHeaderTitle(getTranslation("referral.update"));
        Select<ReferralStatus> status = new Select<>();
        status.setLabel(getTranslation("referral.status"));
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> Labels.of("referral.status", s));
        TextArea feedback = new TextArea(getTranslation("referral.feedback"));
        feedback.setMaxLength(4000);
        feedback.setWidthFull();
        draft.status = referral.status();
        Binder<Draft> binder = new Binder<>();
        binder.forField(status).bind(d -> d.status, (d, v) -> d.status = v);
        binder.forField(feedback).bind(d -> d.feedback, (d, v) -> d.feedback = v);
        binder.setBean(draft);
        add(new FormLayout(status, feedback));
        Dialogs.actionFooter(this, getTranslation("common.save"), null, e -> SaveEvent.fire(this, toCommand()));
    }

    /** The one place the dialog's values become the service's command: an unchanged status is no change. */
    ReferralUpdate toCommand() {
        ReferralStatus chosen = draft.status == referral.status() ? null : draft.status;
        return new ReferralUpdate(chosen, draft.feedback, referral.version());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<ReferralUpdate>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
