package org.xinyu.platform.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

class DialogsTest {

    @Test
    void a_saved_value_reaches_the_service_and_then_the_view() {
        Dialog dialog = new Dialog();
        List<String> happened = new ArrayList<>();
        SaveEvent.<String>listen(dialog, Dialogs.closingAfter(dialog, value -> happened.add("saved " + value), () -> happened.add("done")));
        SaveEvent.fire(dialog, "note");
        assertEquals(List.of("saved note", "done"), happened);
    }

    @Test
    void a_refusal_goes_back_to_the_dialog_and_nothing_is_done_after_it() {
        Dialog dialog = new Dialog();
        ProblemException refusal = ProblemException.invalid(FieldError.required("note"));
        List<Object> happened = new ArrayList<>();
        SaveEvent.<String>listen(dialog, Dialogs.closingAfter(dialog, value -> {
            throw refusal;
        }, happened::add, () -> happened.add("done")));
        SaveEvent.fire(dialog, "note");
        assertEquals(1, happened.size());
        assertSame(refusal, happened.get(0));
    }

    @Test
    void the_footer_has_cancel_then_the_primary_button_which_runs_the_action() {
        Dialog dialog = new Dialog();
        List<String> happened = new ArrayList<>();
        Button primary = Dialogs.actionFooter(dialog, "Save", "thing-save", e -> happened.add("saved"));
        List<Component> footer = dialog.getFooter().getElement().getChildren()
                .map(e -> e.getComponent().orElseThrow()).toList();
        assertEquals(2, footer.size());
        assertSame(primary, footer.get(1));
        assertEquals("thing-save", primary.getId().orElseThrow());
        assertTrue(primary.getThemeNames().contains(ButtonVariant.LUMO_PRIMARY.getVariantName()));
        primary.click();
        assertEquals(List.of("saved"), happened);
        UI ui = new UI(); // opening a dialog attaches it to the current UI, which Vaadin holds only weakly
        UI.setCurrent(ui);
        try {
            dialog.open();
            ((Button) footer.get(0)).click();
            assertFalse(dialog.isOpened());
        } finally {
            UI.setCurrent(null);
            java.lang.ref.Reference.reachabilityFence(ui);
        }
    }

    @Test
    void a_primary_button_without_an_id_gets_none() {
        Dialog dialog = new Dialog();
        assertTrue(Dialogs.actionFooter(dialog, "Save", null, e -> { }).getId().isEmpty());
    }
}
