package org.xinyu.casework.workbench;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.xinyu.casework.DashboardService;
import org.xinyu.casework.DashboardService.Dashboard;
import org.xinyu.casework.DashboardService.Figures;
import org.xinyu.casework.Priority;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The overview for counsellors and leaders: students per warning level, overdue follow-ups, and this
 * semester's home-visit compliance by grade and class, as ECharts charts (from the webjar, no npm build)
 * with the numbers beside them in tables.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@Permits(Permission.ESCALATION_READ)
@NavItem(key = "nav.dashboard", order = 40, icon = "CHART")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@Dependent
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final Priority[] LEVELS = {Priority.CRISIS, Priority.HIGH, Priority.MEDIUM, Priority.LOW};
    static final String[] COLOURS = {"#c62828", "#ef6c00", "#f9a825", "#1565c0"};

    private final Dashboard dashboard;
    private final Div priorityChart = chart("chart-priorities");
    private final Div gradeChart = chart("chart-grades");
    private final Div visitChart = chart("chart-visits");

    @Inject
    public DashboardView(DashboardService service) {
        addClassName("dashboard-view");
        setWidthFull();
        dashboard = service.overview();
        Figures total = dashboard.total();
        add(new H2(getTranslation("dashboard.title")));
        Paragraph semester = new Paragraph(getTranslation("dashboard.semester", Labels.t("term." + dashboard.term().name()),
                Formats.date(dashboard.semesterStart(), getLocale()), Formats.date(dashboard.semesterEnd(), getLocale())));
        semester.addClassName("muted");
        add(semester);

        FlexLayout figures = new FlexLayout();
        figures.addClassName("priority-counts");
        figures.setId("dashboard-figures");
        for (Priority p : LEVELS) {
            Span n = new Span(String.valueOf(total.at(p)));
            n.addClassName("count-number");
            Div box = new Div(Labels.badge(p), n);
            box.addClassNames("count-box", "count-" + p.name().toLowerCase());
            box.setId("dashboard-count-" + p.name());
            figures.add(box);
        }
        figures.add(figure("dashboard-overdue", getTranslation("dashboard.overdueFollowUps"), String.valueOf(total.overdueFollowUps())));
        figures.add(figure("dashboard-visits", getTranslation("dashboard.visitCompliance"),
                getTranslation("dashboard.visitRatio", total.visited(), total.students(), percent(total.visitRate()))));
        figures.add(figure("dashboard-visits-overdue", getTranslation("dashboard.visitsOverdue"), String.valueOf(total.visitsOverdue())));
        figures.add(figure("dashboard-absent-parent", getTranslation("dashboard.absentParentPending"),
                String.valueOf(total.absentParentPending())));
        add(figures);

        add(section(getTranslation("dashboard.byPriority"), priorityChart, null));
        add(section(getTranslation("dashboard.byGrade"), gradeChart, table(dashboard.byGrade(), false)));
        add(section(getTranslation("dashboard.visitsByClass"), visitChart, table(dashboard.byClass(), true)));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        draw(priorityChart, priorityOption());
        draw(gradeChart, gradeOption());
        draw(visitChart, visitOption());
    }

    private static Div chart(String id) {
        Div div = new Div();
        div.setId(id);
        div.addClassName("chart");
        return div;
    }

    private Div figure(String id, String label, String value) {
        Span v = new Span(value);
        v.addClassName("count-number");
        Span l = new Span(label);
        l.addClassName("figure-label");
        Div box = new Div(l, v);
        box.addClassNames("count-box", "figure");
        box.setId(id);
        return box;
    }

    private Div section(String title, Div chart, Grid<Figures> numbers) {
        Div content = new Div(chart);
        content.addClassName("chart-with-numbers");
        if (numbers != null) {
            content.add(numbers);
        }
        Div section = new Div(new H3(title), content);
        section.addClassName("dashboard-section");
        return section;
    }

    private Grid<Figures> table(List<Figures> rows, boolean byClass) {
        Grid<Figures> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addClassName("numbers");
        grid.addColumn(f -> byClass ? Labels.classLabel(f.grade(), f.classNo()) : getTranslation("grade.label", f.grade()))
                .setHeader(getTranslation(byClass ? "queue.class" : "filter.grade")).setAutoWidth(true);
        for (Priority p : LEVELS) {
            grid.addColumn(f -> f.at(p)).setHeader(Labels.of("priority.short", p)).setAutoWidth(true);
        }
        grid.addColumn(Figures::overdueFollowUps).setHeader(getTranslation("dashboard.overdueShort")).setAutoWidth(true);
        grid.addColumn(f -> f.visited() + " / " + f.students() + " (" + percent(f.visitRate()) + ")")
                .setHeader(getTranslation("dashboard.visitedShort")).setAutoWidth(true);
        grid.addColumn(Figures::visitsOverdue).setHeader(getTranslation("dashboard.visitsOverdueShort")).setAutoWidth(true);
        grid.addColumn(Figures::absentParentPending).setHeader(getTranslation("dashboard.absentParentShort")).setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }

    private String priorityOption() {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int i = 0; i < LEVELS.length; i++) {
            data.add(Json.createObjectBuilder().add("name", Labels.of("priority", LEVELS[i])).add("value", dashboard.total().at(LEVELS[i]))
                    .add("itemStyle", Json.createObjectBuilder().add("color", COLOURS[i])));
        }
        return Json.createObjectBuilder()
                .add("tooltip", Json.createObjectBuilder().add("trigger", "item"))
                .add("legend", Json.createObjectBuilder().add("bottom", 0))
                .add("series", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "pie")
                        .add("radius", Json.createArrayBuilder().add("40%").add("68%"))
                        .add("label", Json.createObjectBuilder().add("formatter", "{b}: {c}"))
                        .add("data", data)))
                .build().toString();
    }

    private String gradeOption() {
        List<Figures> grades = dashboard.byGrade();
        JsonArrayBuilder axis = Json.createArrayBuilder();
        grades.forEach(g -> axis.add(getTranslation("grade.label", g.grade())));
        JsonArrayBuilder series = Json.createArrayBuilder();
        for (int i = 0; i < LEVELS.length; i++) {
            Priority p = LEVELS[i];
            series.add(bar(Labels.of("priority", p), COLOURS[i], grades, f -> f.at(p)).add("stack", "levels"));
        }
        series.add(bar(getTranslation("dashboard.overdueFollowUps"), "#6a1b9a", grades, Figures::overdueFollowUps));
        return Json.createObjectBuilder()
                .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
                .add("legend", Json.createObjectBuilder().add("bottom", 0))
                .add("grid", Json.createObjectBuilder().add("left", 40).add("right", 16).add("top", 16).add("bottom", 56))
                .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", axis))
                .add("yAxis", Json.createObjectBuilder().add("type", "value").add("minInterval", 1))
                .add("series", series)
                .build().toString();
    }

    private String visitOption() {
        List<Figures> classes = dashboard.byClass();
        JsonArrayBuilder axis = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Figures f : classes) {
            axis.add(Labels.classLabel(f.grade(), f.classNo()));
            data.add(Math.round(f.visitRate() * 1000) / 10.0);
        }
        return Json.createObjectBuilder()
                .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
                .add("grid", Json.createObjectBuilder().add("left", 40).add("right", 16).add("top", 16).add("bottom", 64))
                .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", axis)
                        .add("axisLabel", Json.createObjectBuilder().add("rotate", 45)))
                .add("yAxis", Json.createObjectBuilder().add("type", "value").add("max", 100)
                        .add("axisLabel", Json.createObjectBuilder().add("formatter", "{value}%")))
                .add("series", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "bar")
                        .add("name", getTranslation("dashboard.visitCompliance")).add("data", data)
                        .add("itemStyle", Json.createObjectBuilder().add("color", "#2e7d32"))))
                .build().toString();
    }

    private static JsonObjectBuilder bar(String name, String colour, List<Figures> rows, Function<Figures, Long> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.apply(r)));
        return Json.createObjectBuilder().add("type", "bar").add("name", name).add("data", data)
                .add("itemStyle", Json.createObjectBuilder().add("color", colour));
    }

    /** Draws once ECharts has loaded (the script arrives with the page), and follows the element's size. */
    private static void draw(Div target, String option) {
        target.getElement().executeJs("""
                const el = $0, option = JSON.parse($1);
                (function draw(tries) {
                  if (!window.echarts) { if (tries < 100) setTimeout(() => draw(tries + 1), 100); return; }
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el);
                  chart.setOption(option, true);
                  el.setAttribute('data-rendered', 'true');
                  if (!el.__resizer) { el.__resizer = new ResizeObserver(() => chart.resize()); el.__resizer.observe(el); }
                })(0);
                """, target.getElement(), option);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
