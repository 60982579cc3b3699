package org.xinyu.casework.workbench;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
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
import org.xinyu.observation.ObservationService;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.platform.workbench.Saved;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;
import org.xinyu.student.CircumstancesChange;
import org.xinyu.student.Student;
import org.xinyu.student.StudentService;

import java.time.Clock;
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

    private final RosterGrid grid;
    private Boolean compact;
    private boolean stacked;
    private Registration resizeListener;
    private final MyFollowUpsGrid followUps;
    private final Select<ClassRef> schoolClass = new Select<>();
    private final Select<Priority> priority = new Select<>();
    private final Checkbox visitOverdue = new Checkbox();
    private final TextField search = new TextField();
    private final Paragraph noFollowUps = new Paragraph();

    @Inject
    public MyClassView(RosterService roster, ObservationService observations, StudentService students, HomeVisitService homeVisits,
                       FollowUpService followUpService, Access access, Clock clock) {
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

        List<ClassRef> classes = roster.classes();
        boolean severalClasses = classes.size() > 1;
        followUps = new MyFollowUpsGrid(severalClasses, this::completeDialog);
        H3 followUpsTitle = new H3(getTranslation("class.myFollowUps"));
        noFollowUps.setText(getTranslation("class.noFollowUps"));
        add(followUpsTitle, noFollowUps, followUps);

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

        grid = new RosterGrid(access, severalClasses, new RosterGrid.RowActions() {
            @Override
            public void observe(RosterRow row) {
                observationDialog(row);
            }

            @Override
            public void visit(RosterRow row) {
                visitDialog(row);
            }

            @Override
            public void circumstances(RosterRow row) {
                circumstancesDialog(row);
            }
        });
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

    /** The layout for the window's width: see {@link RosterGrid#layout}; on a phone the follow-ups stack too. */
    void layoutFor(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < COMPACT_BELOW;
        boolean phone = windowWidth > 0 && windowWidth < STACKED_BELOW;
        if (compact != null && compact == narrow && stacked == phone) {
            return;
        }
        compact = narrow;
        stacked = phone;
        grid.layout(narrow, phone);
        followUps.stack(phone);
    }

    private void observationDialog(RosterRow r) {
        ObservationDialog dialog = new ObservationDialog(r.name(), clock);
        dialog.addSaveListener(Dialogs.closingAfter(dialog, observation -> observations.record(r.studentId(), observation), this::saved));
        dialog.open();
    }

    private void visitDialog(RosterRow r) {
        HomeVisitDialog dialog = new HomeVisitDialog(r.name(), clock);
        dialog.addSaveListener(Dialogs.closingAfter(dialog, visit -> homeVisits.recordForStudent(r.studentId(), visit), this::saved));
        dialog.open();
    }

    private void circumstancesDialog(RosterRow r) {
        Student student = students.get(r.studentId());
        CircumstancesDialog dialog = new CircumstancesDialog(student, r.name());
        dialog.addSaveListener(Dialogs.closingAfter(dialog,
                circumstances -> students.replaceCircumstances(r.studentId(), new CircumstancesChange(circumstances, student.version())),
                this::saved));
        dialog.open();
    }

    private void completeDialog(OpenFollowUp f) {
        CompleteFollowUpDialog dialog = new CompleteFollowUpDialog(f.type());
        dialog.addSaveListener(Dialogs.closingAfter(dialog, note -> followUpService.complete(f.caseId(), f.followUpId(), new FollowUpCompletion(note)), this::saved));
        dialog.open();
    }

    private void saved() {
        Saved.show(getTranslation("common.saved"), 3000);
        grid.getDataProvider().refreshAll();
        loadFollowUps();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.title");
    }
}
