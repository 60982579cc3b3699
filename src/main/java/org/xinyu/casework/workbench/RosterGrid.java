package org.xinyu.casework.workbench;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.xinyu.casework.Priority;
import org.xinyu.casework.RosterService.RosterRow;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.security.Access;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permission;

import java.util.function.Consumer;

/**
 * 我的班级's roster: every student with the warning colour (no notes), the home-visit duty and the row actions
 * (observation, home visit, family circumstances — each as the caller may). Narrower screens drop columns
 * ({@link #layout}); on a phone held upright a row stacks into one cell.
 */
class RosterGrid extends Grid<RosterRow> {

    /** What a row's buttons ask for. */
    interface RowActions {
        void observe(RosterRow row);

        void visit(RosterRow row);

        void circumstances(RosterRow row);
    }

    private final Access access;
    private final boolean severalClasses;
    private final RowActions rowActions;
    private final Grid.Column<RosterRow> priorityColumn;
    private final Grid.Column<RosterRow> studentColumn;
    private final Grid.Column<RosterRow> studentNoColumn;
    private final Grid.Column<RosterRow> classColumn;
    private final Grid.Column<RosterRow> lastVisitColumn;
    private final Grid.Column<RosterRow> nextVisitColumn;
    private final Grid.Column<RosterRow> openFollowUpsColumn;
    private final Grid.Column<RosterRow> actionsColumn;
    private boolean compact;
    private boolean stacked;

    RosterGrid(Access access, boolean severalClasses, RowActions rowActions) {
        this.access = access;
        this.severalClasses = severalClasses;
        this.rowActions = rowActions;
        setId("roster-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setPageSize(50);
        setHeight("640px");
        priorityColumn = addComponentColumn(r -> Labels.badge(r.priority())).setHeader(getTranslation("queue.priority"))
                .setAutoWidth(true).setFlexGrow(0);
        studentColumn = addComponentColumn(r -> stacked ? stackedRow(r) : studentCell(r)).setHeader(getTranslation("queue.student"))
                .setAutoWidth(true);
        studentNoColumn = addColumn(RosterRow::studentNo).setHeader(getTranslation("queue.studentNo")).setAutoWidth(true);
        // one class: its name on every row says nothing the page title does not
        classColumn = addColumn(r -> Labels.classLabel(r.grade(), r.classNo())).setHeader(getTranslation("queue.class"))
                .setAutoWidth(true);
        classColumn.setVisible(severalClasses);
        lastVisitColumn = addColumn(r -> r.lastVisitOn() == null ? getTranslation("common.never") : Formats.date(r.lastVisitOn(), getLocale()))
                .setHeader(getTranslation("visit.last")).setAutoWidth(true);
        nextVisitColumn = addComponentColumn(this::visitDue).setHeader(getTranslation("visit.nextDue"));
        openFollowUpsColumn = addColumn(r -> r.openFollowUps() == 0 ? "" : String.valueOf(r.openFollowUps()))
                .setHeader(getTranslation("class.openFollowUps")).setAutoWidth(true);
        // hidden on a phone, where the stacked cell carries the actions: rendered once only (the buttons have ids)
        actionsColumn = addComponentColumn(r -> stacked ? new Span() : actions(r)).setHeader(getTranslation("common.actions"))
                .setAutoWidth(true).setFrozenToEnd(true);
        setPartNameGenerator(r -> r.priority() == Priority.CRISIS ? "crisis-row" : null);
    }

    /**
     * A tablet ({@code narrow}: portrait 768 or landscape 1024 wide, where the open drawer leaves about as much) shows
     * the warning colour, the student, the home-visit due date and the row actions without scrolling sideways: the
     * student number, the last visit and the open follow-ups count go, the due date wraps its badges, and the
     * secondary actions (home visit, circumstances) show their icons only. A {@code phone} held upright (390 wide)
     * has room for one column: the student's cell stacks the warning colour, the home-visit duty and the row actions.
     */
    void layout(boolean narrow, boolean phone) {
        compact = narrow;
        stacked = phone;
        studentNoColumn.setVisible(!narrow);
        lastVisitColumn.setVisible(!narrow);
        openFollowUpsColumn.setVisible(!narrow); // the head teacher's own follow-ups are listed above the roster
        // the due date takes the room left and wraps its badges (overdue, absent parent) instead of widening the grid:
        // at full width too, where an automatic width made the roster wider than 1440 px leaves and pushed 待办跟进
        // under the frozen actions
        nextVisitColumn.setAutoWidth(false);
        nextVisitColumn.setWidth(narrow ? "9em" : "11em");
        nextVisitColumn.setFlexGrow(1);
        priorityColumn.setVisible(!phone);
        classColumn.setVisible(severalClasses && !phone);
        nextVisitColumn.setVisible(!phone);
        actionsColumn.setVisible(!phone);
        // the stacked cell wraps in the width there is: an automatic width would be that of its longest line
        studentColumn.setAutoWidth(!phone);
        if (phone) {
            studentColumn.setWidth("10em");
        }
        getDataProvider().refreshAll(); // the row actions again, with or without their labels
        recalculateColumnWidths();
    }

    private Component studentCell(RosterRow r) {
        AccountPrincipal caller = access.caller();
        if (r.caseId() != null && caller.may(Permission.CASE_READ)) {
            RouterLink link = new RouterLink(r.name(), CaseFileView.class, new RouteParameters("caseId", Long.toString(r.caseId())));
            link.addClassName("student-link");
            return link;
        }
        return new Span(r.name());
    }

    /** The next home visit's due date with its badges: overdue, the absent parent still to be reached. */
    private Div visitDue(RosterRow r) {
        Div due = new Div(new Span(r.nextVisitDue() == null ? "" : Formats.date(r.nextVisitDue(), getLocale())));
        due.addClassName("due-cell");
        if (r.visitOverdue()) {
            due.add(Labels.overdueBadge());
        }
        if (r.absentParentPending()) {
            Span parent = new Span(getTranslation("class.absentParentPending"));
            parent.addClassNames("badge", "absent-parent");
            due.add(parent);
        }
        return due;
    }

    /**
     * A roster row on a phone, in one cell: the student and the warning colour, then the home-visit duty (when
     * there is one), then the row actions.
     */
    private Component stackedRow(RosterRow r) {
        Div head = new Div(studentCell(r));
        if (severalClasses) {
            head.add(Labels.muted(Labels.classLabel(r.grade(), r.classNo())));
        }
        head.add(Labels.badge(r.priority()));
        head.addClassName("stacked-head");
        Div row = new Div(head);
        row.addClassName("stacked-row");
        if (r.nextVisitDue() != null || r.absentParentPending()) { // a home-visit duty
            Div due = visitDue(r);
            due.addComponentAsFirst(Labels.muted(getTranslation("visit.nextDue")));
            row.add(due);
        }
        row.add(actions(r));
        return row;
    }

    private Component actions(RosterRow r) {
        AccountPrincipal caller = access.caller();
        FlexLayout actions = new FlexLayout();
        actions.addClassName("row-actions");
        Button observe = new Button(getTranslation("class.observe"), VaadinIcon.EYE.create(), e -> rowActions.observe(r));
        observe.setId("observe-" + r.studentId());
        observe.addClassName("observe");
        observe.getElement().setAttribute("data-student-no", r.studentNo());
        observe.setAriaLabel(getTranslation("class.observeFor", r.name()));
        actions.add(observe);
        if (caller.may(Permission.HOME_VISIT_WRITE)) {
            Button visit = secondaryAction(getTranslation("class.visit"), VaadinIcon.HOME, e -> rowActions.visit(r));
            visit.setId("visit-" + r.studentId());
            visit.setAriaLabel(getTranslation("class.visitFor", r.name()));
            actions.add(visit);
        }
        if (caller.may(Permission.CIRCUMSTANCES_WRITE)) {
            Button circumstances = secondaryAction(getTranslation("class.circumstances"), VaadinIcon.FAMILY,
                    e -> rowActions.circumstances(r));
            circumstances.setId("circumstances-" + r.studentId());
            circumstances.setAriaLabel(getTranslation("class.circumstancesFor", r.name()));
            actions.add(circumstances);
        }
        return actions;
    }

    /** A row action: in the compact roster an icon only, with its aria-label and a tooltip. */
    private Button secondaryAction(String label, VaadinIcon icon, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = compact ? new Button(icon.create(), listener) : new Button(label, icon.create(), listener);
        button.addClassName("secondary-action");
        button.setTooltipText(label);
        return button;
    }
}
