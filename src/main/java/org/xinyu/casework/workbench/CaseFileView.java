package org.xinyu.casework.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.casework.CaseHistory;
import org.xinyu.casework.AssessmentService;
import org.xinyu.casework.CaseFileService;
import org.xinyu.casework.CaseView;
import org.xinyu.casework.CaseView.AssessmentView;
import org.xinyu.casework.CaseView.FollowUpView;
import org.xinyu.casework.CaseView.ReferralView;
import org.xinyu.casework.FollowUpCompletion;
import org.xinyu.casework.FollowUpService;
import org.xinyu.casework.HomeVisitService;
import org.xinyu.casework.ReferralService;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.Saved;
import org.xinyu.screening.ScreeningService;
import org.xinyu.screening.workbench.ScreeningForm;
import org.xinyu.security.Access;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;
import org.xinyu.student.Student;

import java.time.Clock;
import java.util.List;

/**
 * 个案档案: the student's facts, the warning level and why (each reason, its rule, the rule-set version), the
 * follow-ups (complete with a note), risk assessments, home visits, referrals, screening results and the
 * whole timeline. Forms appear only for roles that may use them; the services decide again.
 */
@Route(value = "case/:caseId(\\d+)", layout = MainLayout.class)
@Permits(Permission.CASE_READ)
@Dependent
public class CaseFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseFileService cases;
    private final FollowUpService followUps;
    private final AssessmentService assessments;
    private final HomeVisitService homeVisits;
    private final ReferralService referrals;
    private final ScreeningService screenings;
    private final CaseHistory history;
    private final Access access;
    private final Clock clock;
    private long caseId;
    private String title = "";

    @Inject
    public CaseFileView(CaseFileService cases, FollowUpService followUps, AssessmentService assessments, HomeVisitService homeVisits,
                        ReferralService referrals, ScreeningService screenings, CaseHistory history, Access access, Clock clock) {
        this.cases = cases;
        this.followUps = followUps;
        this.assessments = assessments;
        this.homeVisits = homeVisits;
        this.referrals = referrals;
        this.screenings = screenings;
        this.history = history;
        this.access = access;
        this.clock = clock;
        addClassName("case-view");
        setWidthFull();
    }

    /** The tab shown, kept when the case is rendered again after a change made on it. */
    private int selectedTab;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            caseId = Long.parseLong(event.getRouteParameters().get("caseId").orElseThrow());
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        selectedTab = 0; // a case opened anew starts on its overview
        render();
    }

    private void render() {
        CaseView view = cases.view(caseId);
        List<CaseHistory.Entry> entries = history.of(caseId);
        AccountPrincipal caller = access.caller();
        Student student = view.student();
        title = student.name();
        removeAll();

        H2 name = new H2(student.name());
        name.setId("case-student-name");
        FlexLayout header = new FlexLayout(name, Labels.badge(view.caseFile().priority()));
        header.addClassName("case-header");
        Span status = new Span(Labels.of("status", view.caseFile().status()));
        status.addClassNames("badge", "status");
        header.add(status);
        Button summary = new Button(getTranslation("summary.open"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseSummaryView.class, new RouteParameters("caseId", Long.toString(caseId)))));
        summary.setId("case-summary-open");
        summary.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        header.add(summary);
        if (view.mayClose()) {
            Button close = new Button(getTranslation("case.close"), VaadinIcon.CHECK_CIRCLE_O.create(), e -> closeDialog(student.name()));
            close.setId("case-close");
            header.add(close);
        }
        add(header);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("case.tab.overview"), new CaseOverview(view, clock));
        tabs.add(getTranslation("case.tab.followUps"), new FollowUpsGrid(view.followUps(), clock, this::completeDialog));
        if (caller.may(Permission.ASSESSMENT_WRITE) || !view.assessments().isEmpty()) {
            tabs.add(getTranslation("case.tab.assessments"), assessments(view, caller));
        }
        tabs.add(getTranslation("case.tab.homeVisits"), homeVisits(view, entries, caller));
        if (caller.may(Permission.REFERRAL_WRITE) || !view.referrals().isEmpty()) {
            tabs.add(getTranslation("case.tab.referrals"), referrals(view, caller));
        }
        tabs.add(getTranslation("case.tab.screenings"), screenings(view, entries, caller));
        Timeline timeline = new Timeline();
        timeline.show(entries);
        timeline.setAllRowsVisible(true);
        tabs.add(getTranslation("case.tab.timeline"), timeline);
        // saving a home visit or completing a follow-up renders the case again: on the tab the user was on
        if (selectedTab > 0) { // the same caller sees the same tabs
            tabs.setSelectedIndex(selectedTab);
        }
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private void closeDialog(String studentName) {
        CloseCaseDialog dialog = new CloseCaseDialog(studentName);
        dialog.addConfirmListener(e -> {
            cases.close(caseId);
            dialog.close();
            Saved.show(getTranslation("case.closed"), 3000);
            render();
        });
        dialog.open();
    }

    private void completeDialog(FollowUpView f) {
        CompleteFollowUpDialog dialog = new CompleteFollowUpDialog(f.followUp().type());
        dialog.addSaveListener(Dialogs.closingAfter(dialog, note -> followUps.complete(caseId, f.followUp().id(), new FollowUpCompletion(note)), this::saved));
        dialog.open();
    }

    private Component assessments(CaseView view, AccountPrincipal caller) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (caller.may(Permission.ASSESSMENT_WRITE)) {
            AssessmentForm form = new AssessmentForm();
            form.addSaveListener(e -> {
                assessments.assess(caseId, e.value());
                saved();
            });
            layout.add(new H3(getTranslation("assessment.new")), form);
        }
        Grid<AssessmentView> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> Formats.dateTime(a.assessment().assessedAt(), getLocale())).setHeader(getTranslation("assessment.at")).setAutoWidth(true);
        grid.addComponentColumn(a -> Labels.badge(a.assessment().conclusion())).setHeader(getTranslation("assessment.conclusion")).setAutoWidth(true);
        grid.addColumn(a -> a.assessment().assessedBy()).setHeader(getTranslation("assessment.by")).setAutoWidth(true);
        grid.addColumn(a -> a.note() == null ? "" : a.note()).setHeader(getTranslation("assessment.note"));
        grid.setItems(view.assessments());
        layout.add(grid);
        return layout;
    }

    private Component homeVisits(CaseView view, List<CaseHistory.Entry> entries, AccountPrincipal caller) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (caller.may(Permission.HOME_VISIT_WRITE)) {
            HomeVisitForm form = new HomeVisitForm(clock);
            form.addSaveListener(e -> {
                homeVisits.recordForCase(caseId, e.value());
                saved();
            });
            layout.add(new H3(getTranslation("visit.new")), form);
        }
        Grid<CaseHistory.Entry> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> String.valueOf(e.details().get("visitedOn"))).setHeader(getTranslation("visit.on")).setAutoWidth(true);
        grid.addColumn(e -> Labels.t("visit.mode." + e.details().get("mode"))).setHeader(getTranslation("visit.mode")).setAutoWidth(true);
        grid.addColumn(e -> Boolean.TRUE.equals(e.details().get("contactedAbsentParent")) ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("visit.absentParent")).setAutoWidth(true);
        grid.addColumn(CaseHistory.Entry::actor).setHeader(getTranslation("visit.by")).setAutoWidth(true);
        grid.setItems(entries.stream().filter(e -> "HOME_VISIT".equals(e.kind())).sorted(java.util.Comparator.comparing(CaseHistory.Entry::at).reversed()).toList());
        layout.add(grid);
        return layout;
    }

    private Component referrals(CaseView view, AccountPrincipal caller) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        boolean mayWrite = caller.may(Permission.REFERRAL_WRITE);
        if (mayWrite) {
            ReferralForm form = new ReferralForm();
            form.addSaveListener(e -> {
                referrals.refer(caseId, e.value());
                saved();
            });
            layout.add(new H3(getTranslation("referral.new")), form);
        }
        Grid<ReferralView> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Formats.date(r.referral().openedAt(), getLocale())).setHeader(getTranslation("referral.openedAt")).setAutoWidth(true);
        grid.addColumn(r -> r.referral().institution()).setHeader(getTranslation("referral.institution")).setAutoWidth(true);
        grid.addColumn(r -> r.referral().reason()).setHeader(getTranslation("referral.reason"));
        grid.addColumn(r -> r.referral().parentConsent() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("referral.parentConsent")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of("referral.status", r.referral().status())).setHeader(getTranslation("referral.status")).setAutoWidth(true);
        grid.addColumn(r -> r.feedback() == null ? "" : r.feedback()).setHeader(getTranslation("referral.feedback"));
        if (mayWrite) {
            grid.addComponentColumn(r -> r.referral().status().isOpen()
                    ? new Button(getTranslation("referral.update"), e -> referralDialog(r)) : new Span())
                    .setHeader(getTranslation("common.actions")).setAutoWidth(true);
        }
        grid.setItems(view.referrals());
        layout.add(grid);
        return layout;
    }

    private void referralDialog(ReferralView r) {
        ReferralUpdateDialog dialog = new ReferralUpdateDialog(r.referral());
        dialog.addSaveListener(Dialogs.closingAfter(dialog, update -> referrals.update(caseId, r.referral().id(), update), this::saved));
        dialog.open();
    }

    private Component screenings(CaseView view, List<CaseHistory.Entry> entries, AccountPrincipal caller) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (caller.may(Permission.SCREENING_WRITE)) {
            ScreeningForm form = new ScreeningForm(clock);
            form.onSave(screening -> {
                screenings.record(view.student().id(), screening);
                saved();
            });
            layout.add(new H3(getTranslation("screening.new")), form);
        }
        Grid<CaseHistory.Entry> grid = new Grid<>();
        grid.setId("screening-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> String.valueOf(e.details().get("administeredOn"))).setHeader(getTranslation("screening.on")).setAutoWidth(true);
        grid.addColumn(e -> org.xinyu.screening.StandardInstruments.find(String.valueOf(e.details().get("instrument")))
                .map(org.xinyu.screening.Instrument::name).orElse(String.valueOf(e.details().get("instrument")))).setHeader(getTranslation("screening.instrument")).setAutoWidth(true);
        grid.addColumn(e -> String.valueOf(e.details().get("totalScore"))).setHeader(getTranslation("screening.total")).setAutoWidth(true);
        grid.addColumn(e -> Labels.t("band." + e.details().get("band"))).setHeader(getTranslation("screening.band")).setAutoWidth(true);
        grid.addColumn(e -> e.details().get("item9") == null ? "" : String.valueOf(e.details().get("item9")))
                .setHeader(getTranslation("screening.item9")).setAutoWidth(true);
        grid.setItems(entries.stream().filter(e -> "SCREENING".equals(e.kind())).sorted(java.util.Comparator.comparing(CaseHistory.Entry::at).reversed()).toList());
        layout.add(grid);
        return layout;
    }

    private void saved() {
        Saved.show(getTranslation("common.saved"), 3000);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.title", title);
    }
}
