package org.xinyu.platform.workbench;

import com.vaadin.flow.component.dialog.Dialog;

/** What every dialog of the workbench does the same way. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Puts the focus where the user starts (a field, or the button of a two-click action) each time the dialog opens. */
    public static void focusOnOpen(Dialog dialog, Runnable focus) {
        dialog.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                focus.run();
            }
        });
    }
}
