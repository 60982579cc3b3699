package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.xinyu.casework.FollowUpType;

/**
 * 完成跟进: a note on what was done; fires a {@link CompleteEvent}. The same dialog for the head teacher's
 * follow-ups in 我的班级 and for any follow-up in 个案档案 (who may complete one is the service's answer).
 */
class CompleteFollowUpDialog extends Dialog {

    static final class CompleteEvent extends ComponentEvent<CompleteFollowUpDialog> {
        private final long caseId;
        private final long followUpId;
        private final String note;

        CompleteEvent(CompleteFollowUpDialog source, long caseId, long followUpId, String note) {
            super(source, false);
            this.caseId = caseId;
            this.followUpId = followUpId;
            this.note = note;
        }

        long caseId() {
            return caseId;
        }

        long followUpId() {
            return followUpId;
        }

        String note() {
            return note;
        }
    }

    private final TextArea note = new TextArea();

    CompleteFollowUpDialog(long caseId, long followUpId, FollowUpType type) {
        setHeaderTitle(getTranslation("followup.completeTitle", Labels.of("followup.type", type)));
        note.setLabel(getTranslation("followup.note"));
        note.setId("followup-note");
        note.setWidthFull();
        note.setMaxLength(2000);
        add(note);
        Button save = new Button(getTranslation("common.save"), e -> fireEvent(new CompleteEvent(this, caseId, followUpId, note.getValue())));
        save.setId("followup-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    Registration addCompleteListener(ComponentEventListener<CompleteEvent> listener) {
        return addListener(CompleteEvent.class, listener);
    }

    @Override
    public void open() {
        super.open();
        note.focus();
    }
}
