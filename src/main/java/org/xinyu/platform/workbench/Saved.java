package org.xinyu.platform.workbench;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short green notice after a change was saved, the same on every page. */
public final class Saved {

    private Saved() {
    }

    /** {@code text}: what was done, in the reader's words (e.g. {@code common.saved}'s translation). */
    public static void show(String text, int millis) {
        Notification n = Notification.show(text, millis, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
