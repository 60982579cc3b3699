package org.xinyu.platform.workbench;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.xinyu.platform.problem.ProblemException;

import java.util.function.Consumer;

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

    /**
     * The footer of a dialog that does one thing: cancel (closes it) and the primary button {@code label} with the
     * element id {@code id} (none when null), which runs {@code action}. Returns the primary button.
     */
    public static Button actionFooter(Dialog dialog, String label, String id,
                                      ComponentEventListener<ClickEvent<Button>> action) {
        Button primary = new Button(label, action);
        if (id != null) {
            primary.setId(id);
        }
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("common.cancel"), e -> dialog.close()), primary);
        return primary;
    }

    /**
     * What a view does with a dialog's {@link SaveEvent}: hands the value to {@code save} (the service call), then
     * closes the dialog and runs {@code saved} (the notice, a refresh). A refusal goes to the workbench's error handler.
     */
    public static <T> ComponentEventListener<SaveEvent<T>> closingAfter(Dialog dialog, Consumer<T> save, Runnable saved) {
        return e -> {
            save.accept(e.value());
            dialog.close();
            saved.run();
        };
    }

    /** The same, with a refusal handed back to the dialog ({@code refused}: on its fields), which stays open. */
    public static <T> ComponentEventListener<SaveEvent<T>> closingAfter(Dialog dialog, Consumer<T> save,
                                                                       Consumer<ProblemException> refused, Runnable saved) {
        return e -> {
            try {
                save.accept(e.value());
            } catch (ProblemException problem) {
                refused.accept(problem);
                return;
            }
            dialog.close();
            saved.run();
        };
    }
}
