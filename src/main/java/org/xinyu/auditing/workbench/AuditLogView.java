package org.xinyu.auditing.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.audit.AuditEntry;
import org.xinyu.audit.AuditQuery;
import org.xinyu.audit.ChainVerification;
import org.xinyu.auditing.AuditingService;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.workbench.ActorNames;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.platform.workbench.Pickers;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;

import java.util.List;

/**
 * 审计日志: the trail with filters (days in Beijing time, actor, subject such as CASE:42, action), newest
 * first, and the "verify chain" check with its result. Every search and check is itself audited by the service.
 */
@Route(value = "audit", layout = MainLayout.class)
@Permits(Permission.AUDIT_READ)
@NavItem(key = "nav.audit", order = 50, icon = "CLIPBOARD_CHECK")
@Dependent
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 50;

    private final AuditingService auditing;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField actor = new TextField();
    private final TextField subject = new TextField();
    private final TextField action = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Div verifyResult = new Div();
    private final Span total = new Span();

    private AuditQuery query = AuditQuery.ALL;
    private long count;
    private List<AuditEntry> firstPage;

    @Inject
    public AuditLogView(AuditingService auditing) {
        this.auditing = auditing;
        addClassName("audit-view");
        setSizeFull();
        add(new H2(getTranslation("audit.title")));

        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.LINK.create(), e -> verify());
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verifyResult.setId("verify-result");
        verifyResult.addClassName("verify-result");
        verifyResult.getElement().setAttribute("aria-live", "polite");
        FlexLayout verifyBar = new FlexLayout(verify, verifyResult);
        verifyBar.addClassName("verify-bar");
        add(verifyBar);

        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        Pickers.localize(from);
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        Pickers.localize(to);
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        subject.setId("audit-subject");
        subject.setLabel(getTranslation("audit.subject"));
        subject.setPlaceholder("CASE:42");
        subject.setHelperText(getTranslation("audit.subjectHelp"));
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setPlaceholder("CASE_READ");
        Button search = new Button(getTranslation("audit.search"), VaadinIcon.SEARCH.create(), e -> search());
        search.setId("audit-search");
        FlexLayout filters = new FlexLayout(from, to, actor, subject, action, search);
        filters.addClassName("filters");
        total.setId("audit-total");
        total.addClassName("muted");
        add(filters, total);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE);
        grid.addColumn(AuditEntry::id).setHeader(getTranslation("audit.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(e -> ActorNames.of(e.actor(), this::getTranslation)).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.targetType() == null ? "" : e.targetType() + (e.targetId() == null ? "" : ":" + e.targetId()))
                .setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addComponentColumn(e -> {
            Span outcome = new Span(getTranslation("outcome." + e.outcome()));
            outcome.addClassNames("badge", "outcome-" + e.outcome().toLowerCase());
            return outcome;
        }).setHeader(getTranslation("audit.outcome")).setAutoWidth(true);
        grid.addColumn(AuditEntry::requestId).setHeader(getTranslation("audit.requestId")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.detail"));
        grid.setItems(q -> {
            if (q.getPage() == 0 && firstPage != null) {
                List<AuditEntry> items = firstPage;
                firstPage = null;
                return items.stream();
            }
            return auditing.search(query, new PageRequest(q.getPage(), q.getPageSize())).items().stream();
        }, q -> (int) Math.min(count, Integer.MAX_VALUE));
        add(grid);
        setFlexGrow(1, grid);
        search();
    }

    /** One read answers the first page and the total; further pages are read as the grid scrolls. */
    private void search() {
        query = AuditQuery.parse(from.getValue() == null ? null : from.getValue().toString(),
                to.getValue() == null ? null : to.getValue().toString(), actor.getValue(), subject.getValue(), action.getValue());
        Page<AuditEntry> page = auditing.search(query, new PageRequest(0, PAGE));
        count = page.total();
        firstPage = page.items();
        total.setText(getTranslation("audit.total", count));
        grid.getDataProvider().refreshAll();
    }

    private void verify() {
        ChainVerification result = auditing.verify();
        verifyResult.removeAll();
        verifyResult.getElement().setAttribute("data-valid", String.valueOf(result.valid()));
        Span verdict = new Span(getTranslation(result.valid() ? "audit.chainValid" : "audit.chainBroken"));
        verdict.addClassNames("badge", result.valid() ? "chain-valid" : "chain-broken");
        Span figures = new Span(result.valid()
                ? getTranslation("audit.verifyFigures", result.entries(), String.valueOf(result.firstId()), String.valueOf(result.lastId()), result.millis())
                : getTranslation("audit.verifyBrokenAt", String.valueOf(result.firstBroken()), result.entries()));
        verifyResult.add(verdict, figures);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
