package org.xinyu.casework.workbench;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.casework.CaseQueue;
import org.xinyu.casework.CaseQueue.QueueFilter;
import org.xinyu.casework.CaseQueue.QueueItem;
import org.xinyu.casework.CaseStatus;
import org.xinyu.casework.Priority;
import org.xinyu.casework.RosterService;
import org.xinyu.casework.RosterService.ClassRef;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 个案队列: the cases in the caller's scope, crisis first, then by the next follow-up due. Counts per warning
 * level above the grid; filters by level, status, overdue, grade and class; search by name or student number.
 */
@Route(value = "queue", layout = MainLayout.class)
@Permits(Permission.CASE_READ)
@NavItem(key = "nav.queue", order = 10, icon = "LIST_OL")
@Dependent
public class CaseQueueView extends VerticalLayout implements HasDynamicTitle {

    static final Priority[] LEVELS = {Priority.CRISIS, Priority.HIGH, Priority.MEDIUM, Priority.LOW};

    private final CaseQueue cases;
    private final Grid<QueueItem> grid = new Grid<>();
    private final FlexLayout counts = new FlexLayout();
    private final Select<Priority> priority = new Select<>();
    private final Select<CaseStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Select<Integer> grade = new Select<>();
    private final Select<ClassRef> schoolClass = new Select<>();
    private final TextField search = new TextField();
    /** The per-level counts last shown; the grid's size is taken from them. */
    private Map<Priority, Long> shownCounts = Map.of();

    @Inject
    public CaseQueueView(CaseQueue cases, RosterService roster) {
        this.cases = cases;
        addClassName("queue-view");
        setSizeFull();
        add(new H2(getTranslation("queue.title")));

        counts.addClassName("priority-counts");
        counts.setId("priority-counts");
        add(counts);

        priority.setId("filter-priority");
        priority.setLabel(getTranslation("filter.priority"));
        priority.setItems(LEVELS);
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption(getTranslation("filter.all"));
        priority.setItemLabelGenerator(p -> p == null ? getTranslation("filter.all") : Labels.of("priority", p));

        status.setId("filter-status");
        status.setLabel(getTranslation("filter.status"));
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : Labels.of("status", s));
        status.setValue(CaseStatus.OPEN);

        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("filter.overdueOnly"));

        List<ClassRef> classes = roster.classes();
        List<Integer> grades = classes.stream().map(ClassRef::grade).distinct().sorted().toList();
        grade.setId("filter-grade");
        grade.setLabel(getTranslation("filter.grade"));
        grade.setItems(grades);
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(getTranslation("filter.all"));
        grade.setItemLabelGenerator(g -> g == null ? getTranslation("filter.all") : getTranslation("grade.label", g));

        schoolClass.setId("filter-class");
        schoolClass.setLabel(getTranslation("filter.class"));
        schoolClass.setItems(classes);
        schoolClass.setEmptySelectionAllowed(true);
        schoolClass.setEmptySelectionCaption(getTranslation("filter.all"));
        schoolClass.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all") : Labels.classLabel(c.grade(), c.classNo()));
        grade.addValueChangeListener(e -> schoolClass.setItems(classes.stream()
                .filter(c -> e.getValue() == null || c.grade() == e.getValue()).toList()));

        search.setId("filter-search");
        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder(getTranslation("filter.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        FlexLayout filters = new FlexLayout(priority, status, overdue, grade, schoolClass, search);
        filters.addClassName("filters");
        add(filters);

        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addComponentColumn(item -> Labels.badge(item.priority())).setHeader(getTranslation("queue.priority"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(item -> {
            RouterLink link = new RouterLink(item.studentName(), CaseFileView.class, new RouteParameters("caseId", Long.toString(item.caseId())));
            link.addClassName("student-link");
            link.getElement().setAttribute("data-student-no", item.studentNo());
            return link;
        }).setHeader(getTranslation("queue.student")).setAutoWidth(true);
        grid.addColumn(QueueItem::studentNo).setHeader(getTranslation("queue.studentNo")).setAutoWidth(true);
        grid.addColumn(item -> Labels.classLabel(item.grade(), item.classNo())).setHeader(getTranslation("queue.class")).setAutoWidth(true);
        grid.addComponentColumn(item -> {
            Div due = new Div(new Span(Formats.dateTime(item.nextDueAt(), getLocale())));
            due.addClassName("due-cell");
            if (item.overdue()) {
                due.add(Labels.overdueBadge());
            }
            return due;
        }).setHeader(getTranslation("queue.nextDue")).setAutoWidth(true);
        grid.addColumn(item -> Labels.of("status", item.status())).setHeader(getTranslation("queue.status")).setAutoWidth(true);
        grid.setPartNameGenerator(item -> item.priority() == Priority.CRISIS ? "crisis-row" : item.overdue() ? "overdue-row" : null);
        grid.addItemClickListener(e -> navigateTo(e.getItem()));
        grid.setItems(query -> cases.queueSlice(filter(), new PageRequest(query.getPage(), query.getPageSize())).stream(),
                query -> (int) total());
        add(grid);
        setFlexGrow(1, grid);

        priority.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        grade.addValueChangeListener(e -> refresh());
        schoolClass.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        refreshCounts();
    }

    private void navigateTo(QueueItem item) {
        getUI().ifPresent(ui -> ui.navigate(CaseFileView.class, new RouteParameters("caseId", Long.toString(item.caseId()))));
    }

    QueueFilter filter() {
        String q = search.getValue();
        return new QueueFilter(priority.getValue(), status.getValue(), overdue.getValue() ? Boolean.TRUE : null, null,
                grade.getValue(), schoolClass.getValue() == null ? null : schoolClass.getValue().classId(),
                q == null || q.isBlank() ? null : q.trim());
    }

    /** The total for the grid's scroll bar, from the per-level counts shown above it (no second count of the cases). */
    private long total() {
        Map<Priority, Long> byLevel = shownCounts;
        Priority only = priority.getValue();
        return only == null ? byLevel.values().stream().mapToLong(Long::longValue).sum() : byLevel.getOrDefault(only, 0L);
    }

    private void refresh() {
        refreshCounts();
        grid.getDataProvider().refreshAll();
    }

    private void refreshCounts() {
        Map<Priority, Long> byLevel = cases.countsByPriority(filter());
        shownCounts = byLevel;
        // an empty grid says why: 只看逾期 counts overdue follow-ups, not the overdue home visits the dashboard counts
        grid.setEmptyStateText(getTranslation(overdue.getValue() ? "queue.emptyOverdue" : "queue.empty"));
        counts.removeAll();
        List<Priority> shown = new ArrayList<>(List.of(LEVELS));
        for (Priority p : shown) {
            Span count = new Span(String.valueOf(byLevel.getOrDefault(p, 0L)));
            count.addClassName("count-number");
            Div box = new Div(Labels.badge(p), count);
            box.addClassNames("count-box", "count-" + p.name().toLowerCase());
            box.setId("count-" + p.name());
            if (Objects.equals(priority.getValue(), p)) {
                box.addClassName("selected");
            }
            box.addClickListener(e -> priority.setValue(Objects.equals(priority.getValue(), p) ? null : p));
            counts.add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }
}
