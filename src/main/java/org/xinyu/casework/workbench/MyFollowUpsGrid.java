package org.xinyu.casework.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.xinyu.casework.RosterService.OpenFollowUp;
import org.xinyu.platform.workbench.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The head teacher's open follow-ups in 我的班级: student, class, what to do, when it is due, a button to complete it
 * (they are the head teacher's own: the service lists only those). On a phone a row stacks into one cell.
 */
class MyFollowUpsGrid extends Grid<OpenFollowUp> {

    private final boolean severalClasses;
    private final Consumer<OpenFollowUp> onComplete;
    private final Grid.Column<OpenFollowUp> studentColumn;
    private final List<Grid.Column<OpenFollowUp>> detailColumns = new ArrayList<>();
    private boolean stacked;

    MyFollowUpsGrid(boolean severalClasses, Consumer<OpenFollowUp> onComplete) {
        this.severalClasses = severalClasses;
        this.onComplete = onComplete;
        setId("my-followups");
        setHeight("240px");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        studentColumn = addComponentColumn(f -> stacked ? stackedFollowUp(f) : new Span(f.studentName()))
                .setHeader(getTranslation("queue.student")).setAutoWidth(true);
        detailColumns.add(addColumn(f -> Labels.classLabel(f.grade(), f.classNo()))
                .setHeader(getTranslation("queue.class")).setAutoWidth(true));
        detailColumns.add(addColumn(f -> Labels.of("followup.type", f.type()))
                .setHeader(getTranslation("followup.type")).setAutoWidth(true));
        detailColumns.add(addComponentColumn(this::followUpDue).setHeader(getTranslation("followup.due")).setAutoWidth(true));
        // hidden on a phone, where the stacked cell carries the button: rendered once only
        detailColumns.add(addComponentColumn(f -> stacked || !f.mayComplete() ? new Span() : completeButton(f))
                .setHeader(getTranslation("common.actions")).setAutoWidth(true));
    }

    /** On a phone held upright: one stacked column, wrapping in the width there is. */
    void stack(boolean phone) {
        stacked = phone;
        detailColumns.forEach(c -> c.setVisible(!phone));
        // the stacked cell wraps in the width there is: an automatic width would be that of its longest line
        studentColumn.setAutoWidth(!phone);
        if (phone) {
            studentColumn.setWidth("10em");
        }
        getDataProvider().refreshAll();
        recalculateColumnWidths();
    }

    private Div followUpDue(OpenFollowUp f) {
        Div due = new Div(new Span(Formats.dateTime(f.dueAt(), getLocale())));
        if (f.overdue()) {
            due.add(Labels.overdueBadge());
        }
        return due;
    }

    private Button completeButton(OpenFollowUp f) {
        Button done = new Button(getTranslation("followup.complete"), e -> onComplete.accept(f));
        done.addClassName("complete-my-followup");
        return done;
    }

    /** A follow-up on a phone, in one cell: the student and what to do, when it is due, the button. */
    private Component stackedFollowUp(OpenFollowUp f) {
        Div head = new Div(new Span(f.studentName()));
        if (severalClasses) {
            head.add(Labels.muted(Labels.classLabel(f.grade(), f.classNo())));
        }
        head.add(new Span(Labels.of("followup.type", f.type())));
        head.addClassName("stacked-head");
        Div due = followUpDue(f);
        due.addClassName("due-cell");
        due.addComponentAsFirst(Labels.muted(getTranslation("followup.due")));
        Div row = f.mayComplete() ? new Div(head, due, completeButton(f)) : new Div(head, due);
        row.addClassName("stacked-row");
        return row;
    }
}
