package org.xinyu.casework.workbench;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.casework.EscalationQueue;
import org.xinyu.casework.EscalationQueue.EscalationItem;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;

import java.util.List;

/** 上报: follow-ups overdue and escalated to the caller's level (grade leader: the grade; school leaders: the school). */
@Route(value = "escalations", layout = MainLayout.class)
@Permits(Permission.ESCALATION_READ)
@NavItem(key = "nav.escalations", order = 30, icon = "EXCLAMATION_CIRCLE")
@Dependent
public class EscalationsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public EscalationsView(EscalationQueue cases) {
        addClassName("escalations-view");
        setSizeFull();
        add(new H2(getTranslation("escalations.title")), new Paragraph(getTranslation("escalations.intro")));
        List<EscalationItem> items = cases.escalations();
        Grid<EscalationItem> grid = new Grid<>();
        grid.setId("escalation-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(e -> Labels.badge(e.priority())).setHeader(getTranslation("queue.priority")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> new RouterLink(e.studentName(), CaseFileView.class, new RouteParameters("caseId", Long.toString(e.caseId()))))
                .setHeader(getTranslation("queue.student")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("grade.label", e.grade())).setHeader(getTranslation("filter.grade")).setAutoWidth(true);
        grid.addColumn(e -> Labels.of("followup.type", e.type())).setHeader(getTranslation("followup.type")).setAutoWidth(true);
        grid.addColumn(e -> Labels.of("owner", e.ownerRole())).setHeader(getTranslation("followup.owner")).setAutoWidth(true);
        grid.addColumn(e -> Formats.dateTime(e.dueAt(), getLocale())).setHeader(getTranslation("followup.due")).setAutoWidth(true);
        grid.addColumn(e -> Labels.of("escalation", e.level())).setHeader(getTranslation("escalations.level")).setAutoWidth(true);
        grid.setItems(items);
        if (items.isEmpty()) { // a sentence, not an empty table
            Paragraph none = new Paragraph(getTranslation("escalations.none"));
            none.setId("escalations-none");
            add(none);
            return;
        }
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("escalations.title");
    }
}
