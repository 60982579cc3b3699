package org.xinyu.platform.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
