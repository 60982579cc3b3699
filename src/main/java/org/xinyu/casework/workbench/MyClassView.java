package org.xinyu.casework.workbench;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.casework.FollowUpCompletion;
import org.xinyu.casework.FollowUpService;
import org.xinyu.casework.HomeVisitService;
import org.xinyu.casework.Priority;
import org.xinyu.casework.RosterService;
import org.xinyu.casework.RosterService.ClassRef;
import org.xinyu.casework.RosterService.OpenFollowUp;
import org.xinyu.casework.RosterService.RosterFilter;
import org.xinyu.casework.RosterService.RosterRow;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.observation.ObservationService;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.platform.workbench.Pickers;
import org.xinyu.security.Access;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;
import org.xinyu.student.Circumstance;
import org.xinyu.student.Student;
import org.xinyu.student.StudentService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * 我的班级: every student of the caller's classes with the warning colour (no notes), the home-visit duty and
 * the head teacher's open follow-ups. From a row: an observation in two clicks (the dialog opens with a
 * sensible category and severity), a home visit, or the family circumstances. On a phone held upright each row of
 * the roster and of the follow-ups stacks into one cell, so that nothing needs scrolling sideways.
 */
@Route(value = "class", layout = MainLayout.class)
@Permits(Permission.OBSERVATION_WRITE)
@NavItem(key = "nav.class", order = 20, icon = "GROUP")
@Dependent
public class MyClassView extends VerticalLayout implements HasDynamicTitle {

    /** Preselected in the observation dialog: the most frequent concern head teachers report, as "concerning". */
    static final ObservationCategory DEFAULT_CATEGORY = ObservationCategory.LOW_MOOD;
    static final int DEFAULT_SEVERITY = 2;

    private final RosterService roster;
    private final ObservationService observations;
    private final StudentService students;
    private final HomeVisitService homeVisits;
    private final FollowUpService followUpService;
    private final Access access;
    private final Clock clock;

    /** Below this window width (tablets, either way round) the roster drops secondary columns and button labels. */
    static final int COMPACT_BELOW = 1200;
    /** Below this window width (a phone held upright, 360 to 430 wide) a row stacks into one cell. */
    static final int STACKED_BELOW = 600;

    private final Grid<RosterRow> grid = new Grid<>();
    private Grid.Column<RosterRow> priorityColumn;
    private Grid.Column<RosterRow> studentColumn;
    private Grid.Column<RosterRow> studentNoColumn;
    private Grid.Column<RosterRow> classColumn;
    private Grid.Column<RosterRow> lastVisitColumn;
    private Grid.Column<RosterRow> nextVisitColumn;
    private Grid.Column<RosterRow> openFollowUpsColumn;
    private Grid.Column<RosterRow> actionsColumn;
    private final boolean severalClasses;
    private Boolean compact;
    private boolean stacked;
    private Registration resizeListener;
    private final Grid<OpenFollowUp> followUps = new Grid<>();
    private Grid.Column<OpenFollowUp> followUpStudentColumn;
    private final List<Grid.Column<OpenFollowUp>> followUpDetailColumns = new ArrayList<>();
    private final Select<ClassRef> schoolClass = new Select<>();
    private final Select<Priority> priority = new Select<>();
    private final Checkbox visitOverdue = new Checkbox();
    private final TextField search = new TextField();
    private final Paragraph noFollowUps = new Paragraph();

    @Inject
    public MyClassView(RosterService roster, ObservationService observations, StudentService students,
                       HomeVisitService homeVisits, FollowUpService followUpService, Access access, Clock clock) {
        this.roster = roster;
        this.observations = observations;
        this.students = students;
        this.homeVisits = homeVisits;
        this.followUpService = followUpService;
        this.access = access;
        this.clock = clock;
        addClassName("class-view");
        setWidthFull();
        add(new H2(getTranslation("class.title")));

        H3 followUpsTitle = new H3(getTranslation("class.myFollowUps"));
        followUps.setId("my-followups");
        followUps.setHeight("240px");
        followUps.addThemeVariants(GridVariant.LUMO_COMPACT);
        followUpStudentColumn = followUps.addComponentColumn(f -> stacked ? stackedFollowUp(f) : new Span(f.studentName()))
                .setHeader(getTranslation("queue.student")).setAutoWidth(true);
        followUpDetailColumns.add(followUps.addColumn(f -> Labels.classLabel(f.grade(), f.classNo()))
                .setHeader(getTranslation("queue.class")).setAutoWidth(true));
        followUpDetailColumns.add(followUps.addColumn(f -> Labels.of("followup.type", f.type()))
                .setHeader(getTranslation("followup.type")).setAutoWidth(true));
        followUpDetailColumns.add(followUps.addComponentColumn(this::followUpDue).setHeader(getTranslation("followup.due")).setAutoWidth(true));
        // hidden on a phone, where the stacked cell carries the button: rendered once only
        followUpDetailColumns.add(followUps.addComponentColumn(f -> stacked ? new Span() : completeButton(f))
                .setHeader(getTranslation("common.actions")).setAutoWidth(true));
        noFollowUps.setText(getTranslation("class.noFollowUps"));
        add(followUpsTitle, noFollowUps, followUps);

        List<ClassRef> classes = roster.classes();
        severalClasses = classes.size() > 1;
        schoolClass.setId("roster-class");
        schoolClass.setLabel(getTranslation("filter.class"));
        schoolClass.setItems(classes);
        schoolClass.setEmptySelectionAllowed(true);
        schoolClass.setEmptySelectionCaption(getTranslation("filter.all"));
        schoolClass.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all") : Labels.classLabel(c.grade(), c.classNo()));
        schoolClass.setVisible(classes.size() > 1);
        priority.setId("roster-priority");
        priority.setLabel(getTranslation("filter.priority"));
        priority.setItems(Priority.CRISIS, Priority.HIGH, Priority.MEDIUM, Priority.LOW, Priority.NONE);
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption(getTranslation("filter.all"));
        priority.setItemLabelGenerator(p -> p == null ? getTranslation("filter.all") : Labels.of("priority", p));
        visitOverdue.setId("roster-visit-overdue");
        visitOverdue.setLabel(getTranslation("class.visitOverdueOnly"));
        search.setId("roster-search");
        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder(getTranslation("filter.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        FlexLayout filters = new FlexLayout(schoolClass, priority, visitOverdue, search);
        filters.addClassName("filters");
        add(new H3(getTranslation("class.students")), filters);

        grid.setId("roster-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setHeight("640px");
        priorityColumn = grid.addComponentColumn(r -> Labels.badge(r.priority())).setHeader(getTranslation("queue.priority"))
                .setAutoWidth(true).setFlexGrow(0);
        studentColumn = grid.addComponentColumn(r -> stacked ? stackedRow(r) : studentCell(r)).setHeader(getTranslation("queue.student"))
                .setAutoWidth(true);
        studentNoColumn = grid.addColumn(RosterRow::studentNo).setHeader(getTranslation("queue.studentNo")).setAutoWidth(true);
        // one class: its name on every row says nothing the page title does not
        classColumn = grid.addColumn(r -> Labels.classLabel(r.grade(), r.classNo())).setHeader(getTranslation("queue.class"))
                .setAutoWidth(true);
        classColumn.setVisible(severalClasses);
        lastVisitColumn = grid.addColumn(r -> r.lastVisitOn() == null ? getTranslation("common.never") : Formats.date(r.lastVisitOn(), getLocale()))
                .setHeader(getTranslation("visit.last")).setAutoWidth(true);
        nextVisitColumn = grid.addComponentColumn(this::visitDue).setHeader(getTranslation("visit.nextDue"));
        openFollowUpsColumn = grid.addColumn(r -> r.openFollowUps() == 0 ? "" : String.valueOf(r.openFollowUps()))
                .setHeader(getTranslation("class.openFollowUps")).setAutoWidth(true);
        // hidden on a phone, where the stacked cell carries the actions: rendered once only (the buttons have ids)
        actionsColumn = grid.addComponentColumn(r -> stacked ? new Span() : actions(r)).setHeader(getTranslation("common.actions"))
                .setAutoWidth(true).setFrozenToEnd(true);
        grid.setPartNameGenerator(r -> r.priority() == Priority.CRISIS ? "crisis-row" : null);
        grid.setItems(query -> roster.roster(filter(), new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) roster.count(filter()));
        add(grid);

        schoolClass.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        priority.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        visitOverdue.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        loadFollowUps();
    }

    private RosterFilter filter() {
        String q = search.getValue();
        return new RosterFilter(schoolClass.getValue() == null ? null : schoolClass.getValue().classId(), priority.getValue(),
                visitOverdue.getValue() ? Boolean.TRUE : null, q == null || q.isBlank() ? null : q.trim());
    }

    private void loadFollowUps() {
        List<OpenFollowUp> open = roster.headTeacherFollowUps(100);
        followUps.setItems(open);
        followUps.setVisible(!open.isEmpty());
        noFollowUps.setVisible(open.isEmpty());
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

    private Div followUpDue(OpenFollowUp f) {
        Div due = new Div(new Span(Formats.dateTime(f.dueAt(), getLocale())));
        if (f.overdue()) {
            due.add(Labels.overdueBadge());
        }
        return due;
    }

    private Button completeButton(OpenFollowUp f) {
        Button done = new Button(getTranslation("followup.complete"), e -> completeDialog(f));
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
        Div row = new Div(head, due, completeButton(f));
        row.addClassName("stacked-row");
        return row;
    }

    private Component actions(RosterRow r) {
        AccountPrincipal caller = access.caller();
        FlexLayout actions = new FlexLayout();
        actions.addClassName("row-actions");
        Button observe = new Button(getTranslation("class.observe"), VaadinIcon.EYE.create(), e -> observationDialog(r));
        observe.setId("observe-" + r.studentId());
        observe.addClassName("observe");
        observe.getElement().setAttribute("data-student-no", r.studentNo());
        observe.setAriaLabel(getTranslation("class.observeFor", r.name()));
        actions.add(observe);
        if (caller.may(Permission.HOME_VISIT_WRITE)) {
            Button visit = secondaryAction(getTranslation("class.visit"), VaadinIcon.HOME, e -> visitDialog(r));
            visit.setId("visit-" + r.studentId());
            visit.setAriaLabel(getTranslation("class.visitFor", r.name()));
            actions.add(visit);
        }
        if (caller.may(Permission.CIRCUMSTANCES_WRITE)) {
            Button circumstances = secondaryAction(getTranslation("class.circumstances"), VaadinIcon.FAMILY, e -> circumstancesDialog(r));
            circumstances.setId("circumstances-" + r.studentId());
            circumstances.setAriaLabel(getTranslation("class.circumstancesFor", r.name()));
            actions.add(circumstances);
        }
        return actions;
    }

    /** A row action: in the compact roster an icon only, with its aria-label and a tooltip. */
    private Button secondaryAction(String label, VaadinIcon icon, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = Boolean.TRUE.equals(compact) ? new Button(icon.create(), listener) : new Button(label, icon.create(), listener);
        button.addClassName("secondary-action");
        button.setTooltipText(label);
        return button;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> layoutFor(details.getWindowInnerWidth()));
        resizeListener = page.addBrowserWindowResizeListener(e -> layoutFor(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resizeListener != null) {
            resizeListener.remove();
            resizeListener = null;
        }
        super.onDetach(event);
    }

    /**
     * A tablet (portrait 768 or landscape 1024 wide, where the open drawer leaves about as much) shows the warning
     * colour, the student, the home-visit due date and the row actions without scrolling sideways: the student
     * number, the last visit and the open follow-ups count go, the due date wraps its badges, and the secondary
     * actions (home visit, circumstances) show their icons only. A phone held upright (390 wide) has room for one
     * column: the student's cell stacks the warning colour, the home-visit duty and the row actions, and a
     * follow-up's cell its type, due time and button.
     */
    void layoutFor(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < COMPACT_BELOW;
        boolean phone = windowWidth > 0 && windowWidth < STACKED_BELOW;
        if (compact != null && compact == narrow && stacked == phone) {
            return;
        }
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
        followUpDetailColumns.forEach(c -> c.setVisible(!phone));
        // the stacked cell wraps in the width there is: an automatic width would be that of its longest line
        studentColumn.setAutoWidth(!phone);
        followUpStudentColumn.setAutoWidth(!phone);
        if (phone) {
            studentColumn.setWidth("10em");
            followUpStudentColumn.setWidth("10em");
        }
        grid.getDataProvider().refreshAll(); // the row actions again, with or without their labels
        grid.recalculateColumnWidths();
        followUps.getDataProvider().refreshAll();
        followUps.recalculateColumnWidths();
    }

    private void observationDialog(RosterRow r) {
        Dialog dialog = new Dialog();
        dialog.setId("observation-dialog");
        dialog.setHeaderTitle(getTranslation("observation.title", r.name()));
        Select<ObservationCategory> category = new Select<>();
        category.setId("observation-category");
        category.setLabel(getTranslation("observation.category"));
        category.setItems(ObservationCategory.values());
        category.setItemLabelGenerator(c -> Labels.of("observation.category", c)
                + (c.isRedFlag() ? " " + getTranslation("observation.redFlagMark") : ""));
        category.setValue(DEFAULT_CATEGORY);
        RadioButtonGroup<Integer> severity = new RadioButtonGroup<>();
        severity.setId("observation-severity");
        severity.setLabel(getTranslation("observation.severity"));
        severity.setItems(1, 2, 3);
        severity.setItemLabelGenerator(s -> getTranslation("observation.severity." + s));
        severity.setValue(DEFAULT_SEVERITY);
        DatePicker observedOn = Pickers.localize(new DatePicker(getTranslation("observation.on")));
        observedOn.setId("observation-date");
        observedOn.setValue(Formats.today(clock));
        observedOn.setMax(Formats.today(clock));
        TextArea note = new TextArea(getTranslation("observation.note"));
        note.setId("observation-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        Paragraph hint = new Paragraph(getTranslation("observation.redFlagHint"));
        hint.addClassName("muted");
        FormLayout form = new FormLayout(category, severity, observedOn, note);
        dialog.add(form, hint);
        Button save = new Button(getTranslation("common.save"), e -> {
            observations.record(r.studentId(), new ObservationService.NewObservation(category.getValue() == null ? null : category.getValue().name(),
                    severity.getValue(), observedOn.getValue() == null ? null : observedOn.getValue().toString(), note.getValue()));
            dialog.close();
            saved();
        });
        save.setId("observation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        save.focus();
    }

    private void visitDialog(RosterRow r) {
        Dialog dialog = new Dialog();
        dialog.setId("visit-dialog");
        dialog.setHeaderTitle(getTranslation("visit.title", r.name()));
        HomeVisitForm form = new HomeVisitForm(clock);
        form.onSave(visit -> {
            homeVisits.recordForStudent(r.studentId(), visit);
            dialog.close();
            saved();
        });
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()));
        dialog.open();
        form.focus();
    }

    private void circumstancesDialog(RosterRow r) {
        Student student = students.get(r.studentId());
        Dialog dialog = new Dialog();
        dialog.setId("circumstances-dialog");
        dialog.setHeaderTitle(getTranslation("circumstances.title", r.name()));
        CheckboxGroup<Circumstance> types = new CheckboxGroup<>();
        types.setId("circumstances-types");
        types.setLabel(getTranslation("student.circumstances"));
        types.setItems(Circumstance.values());
        types.setItemLabelGenerator(c -> Labels.of("circumstance", c));
        types.setValue(student.circumstanceTypes());
        dialog.add(types);
        int version = student.version();
        Button save = new Button(getTranslation("common.save"), e -> {
            students.replaceCircumstances(r.studentId(), types.getValue().stream().map(Enum::name).sorted().toList(), version);
            dialog.close();
            saved();
        });
        save.setId("circumstances-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void completeDialog(OpenFollowUp f) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("followup.completeTitle", Labels.of("followup.type", f.type())));
        TextArea note = new TextArea(getTranslation("followup.note"));
        note.setWidthFull();
        note.setMaxLength(2000);
        dialog.add(note);
        Button save = new Button(getTranslation("common.save"), e -> {
            followUpService.complete(f.caseId(), f.followUpId(), new FollowUpCompletion(note.getValue()));
            dialog.close();
            saved();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        note.focus();
    }

    private void saved() {
        Notification n = Notification.show(getTranslation("common.saved"), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
        loadFollowUps();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.title");
    }
}
