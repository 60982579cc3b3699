package org.xinyu.auditing.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditDetails;
import org.xinyu.audit.AuditEntry;
import org.xinyu.audit.AuditQuery;
import org.xinyu.audit.TimeBound;
import org.xinyu.audit.ChainVerification;
import org.xinyu.auditing.AuditingService;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.workbench.ActorNames;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.platform.workbench.OptionalTranslation;
import org.xinyu.platform.workbench.Pickers;
import org.xinyu.security.AccountNames;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;
import org.xinyu.student.Student;
import org.xinyu.student.StudentFilter;
import org.xinyu.student.StudentService;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * 审计日志: the trail with filters (days in Beijing time, actor, a student or case picked by name or number, an
 * action picked by its name), newest first, every column in words (action, subject, detail), each entry expandable to
 * its stored form; and the "verify chain" check with its result. Every search and check is audited by the service.
 */
@Route(value = "audit", layout = MainLayout.class)
@Permits(Permission.AUDIT_READ)
@NavItem(key = "nav.audit", order = 50, icon = "CLIPBOARD_CHECK")
@Dependent
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 50;

    /** A subject the auditor can pick: what the query is given ({@code STUDENT:7}) and how it reads. */
    record Subject(String code, String label) {
    }

    private final AuditingService auditing;
    private final StudentService students;
    private final AccountNames accountNames;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField actor = new TextField();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Div verifyResult = new Div();
    private final Span total = new Span();
    /** Display names of the accounts the shown entries name, by username and by id (ACCOUNT subjects). */
    private final Map<String, String> names = new HashMap<>();
    private final Map<Long, AccountNames.Name> accounts = new HashMap<>();

    private AuditQuery query = AuditQuery.ALL;
    private long count;
    private List<AuditEntry> firstPage;

    @Inject
    public AuditLogView(AuditingService auditing, StudentService students, AccountNames accountNames) {
        this.auditing = auditing;
        this.students = students;
        this.accountNames = accountNames;
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
        actor.setClearButtonVisible(true);

        subject.setId("audit-subject");
        subject.setLabel(getTranslation("audit.subjectPick"));
        subject.setHelperText(getTranslation("audit.subjectPickHelp"));
        subject.setItemLabelGenerator(Subject::label);
        subject.setItems(q -> subjects(q.getFilter().orElse("")).stream().skip(q.getOffset()).limit(q.getLimit()));
        subject.setAllowCustomValue(true); // an expert may still type CASE:42 or STUDENT:
        subject.addCustomValueSetListener(e -> subject.setValue(new Subject(e.getDetail().trim(), e.getDetail().trim())));
        subject.setClearButtonVisible(true);
        subject.setWidth("20em");

        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setPlaceholder(getTranslation("audit.action.any"));
        action.setItemLabelGenerator(a -> getTranslation(a.key()));
        action.setItems(Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(a -> getTranslation(a.key()))).toList());
        action.setClearButtonVisible(true);
        action.setWidth("14em");
        Button search = new Button(getTranslation("audit.search"), VaadinIcon.SEARCH.create(), e -> search());
        search.setId("audit-search");
        FlexLayout filters = new FlexLayout(from, to, actor, subject, action, search);
        filters.addClassName("filters");
        total.setId("audit-total");
        total.addClassName("muted");
        add(filters, total);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE);
        grid.addColumn(AuditEntry::id).setHeader(getTranslation("audit.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("audit.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> actorName(e.actor())).setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditAction.describe(e.action(), OptionalTranslation::orNull))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::subjectText).setHeader(getTranslation("audit.subject")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            Span outcome = new Span(getTranslation("outcome." + e.outcome()));
            outcome.addClassNames("badge", "outcome-" + e.outcome().toLowerCase());
            return outcome;
        }).setHeader(getTranslation("audit.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            Span detail = new Span(AuditDetails.describe(e.detail(), OptionalTranslation::orNull));
            detail.addClassName("audit-detail");
            return detail;
        }).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        // click a row: its whole entry as stored, with request, address and hash (nothing is cut off)
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::stored));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(q -> {
            List<AuditEntry> items;
            if (q.getPage() == 0 && firstPage != null) {
                items = firstPage;
                firstPage = null;
            } else {
                items = auditing.search(query, new PageRequest(q.getPage(), q.getPageSize())).items();
            }
            learnNames(items);
            return items.stream();
        }, q -> (int) Math.min(count, Integer.MAX_VALUE));
        add(grid);
        setFlexGrow(1, grid);
        search();
    }

    /** Students matching the typed name or number, and the case of that number when digits are typed. */
    private List<Subject> subjects(String typed) {
        String text = typed == null ? "" : typed.trim();
        List<Subject> found = new ArrayList<>();
        if (text.isEmpty()) {
            return found;
        }
        if (text.matches("\\d{1,18}")) {
            found.add(new Subject("CASE:" + text, getTranslation("audit.subjectCase", text)));
        }
        if (text.contains(":")) {
            found.add(new Subject(text, text));
            return found;
        }
        for (Student s : students.list(new StudentFilter(null, null, null, text), new PageRequest(0, 10)).items()) {
            found.add(new Subject("STUDENT:" + s.id(), getTranslation("audit.subjectStudent", s.name(), s.studentNo())));
        }
        return found;
    }

    private void learnNames(List<AuditEntry> items) {
        Set<String> usernames = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (AuditEntry e : items) {
            if (!names.containsKey(e.actor())) {
                usernames.add(e.actor());
            }
            if ("ACCOUNT".equals(e.targetType()) && e.targetId() != null && e.targetId().matches("\\d{1,18}")) {
                long id = Long.parseLong(e.targetId());
                if (!accounts.containsKey(id)) {
                    ids.add(id);
                }
            }
        }
        names.putAll(accountNames.byUsernames(usernames));
        accounts.putAll(accountNames.byIds(ids));
    }

    /** 李心怡（counsellor）: the person, and the username the actor filter searches for; system actors in words. */
    private String actorName(String username) {
        String display = names.get(username);
        return display == null ? ActorNames.of(username, this::getTranslation) : getTranslation("actor.named", display, username);
    }

    private String subjectText(AuditEntry e) {
        if (e.targetType() == null) {
            return "";
        }
        String type = OptionalTranslation.orNull("audit.subjectType." + e.targetType());
        String id = e.targetId() == null ? "" : e.targetId();
        if ("ACCOUNT".equals(e.targetType()) && id.matches("\\d{1,18}") && accounts.containsKey(Long.parseLong(id))) {
            AccountNames.Name n = accounts.get(Long.parseLong(id));
            id = getTranslation("actor.named", n.displayName(), n.username());
        } else if (id.matches("\\d{1,18}")) {
            id = "#" + id;
        }
        return getTranslation("audit.subjectLine", type == null ? e.targetType() : type, id).trim();
    }

    private Div stored(AuditEntry e) {
        Div details = new Div();
        details.addClassName("audit-stored");
        Stream.of(getTranslation("audit.stored", String.join(" · ", e.action(), e.targetType() == null ? "" : e.targetType()
                                + (e.targetId() == null ? "" : ":" + e.targetId()), e.detail() == null ? "" : e.detail())),
                        getTranslation("audit.requestId") + "：" + (e.requestId() == null ? "" : e.requestId()),
                        getTranslation("audit.client", e.clientAddress() == null ? "" : e.clientAddress()),
                        getTranslation("audit.hash", e.hash()))
                .map(Div::new).forEach(details::add);
        return details;
    }

    /** One read answers the first page and the total; further pages are read as the grid scrolls. */
    private void search() {
        query = AuditQuery.of(TimeBound.day(from.getValue()), TimeBound.day(to.getValue()), actor.getValue(),
                subject.getValue() == null ? null : subject.getValue().code(),
                action.getValue() == null ? null : action.getValue().code());
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
