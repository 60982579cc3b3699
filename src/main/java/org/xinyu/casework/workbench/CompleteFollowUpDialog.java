package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.casework.FollowUpType;

/**
 * 完成跟进: a note on what was done; fires a {@link CompleteEvent}. The same dialog for the head teacher's
 * follow-ups in 我的班级 and for any follow-up in 个案档案 (who may complete one is the service's answer).
 */
class CompleteFollowUpDialog extends Dialog {


    private final TextArea note = new TextArea();

    CompleteFollowUpDialog(FollowUpType type) {
        setHeaderTitle(getTranslation("followup.completeTitle", Labels.of("followup.type", type)));
        note.setLabel(getTranslation("followup.note"));
        note.setId("followup-note");
        note.setWidthFull();
        note.setMaxLength(2000);
        add(note);
        Dialogs.actionFooter(this, getTranslation("common.save"), "followup-save", e -> SaveEvent.fire(this, note.getValue()));
        Dialogs.focusOnOpen(this, note::focus);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<String>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
