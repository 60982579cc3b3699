package org.xinyu.casework.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import org.xinyu.casework.NewAssessment;
import org.xinyu.casework.NewReferral;
import org.xinyu.casework.ReferralService;
import org.xinyu.casework.ReferralUpdate;
import org.xinyu.casework.CaseStatus;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.OwnerRole;
import org.xinyu.casework.Priority;
import org.xinyu.casework.ReferralStatus;
import org.xinyu.casework.StudentOutlook;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.Pickers;
import org.xinyu.screening.ScreeningService;
import org.xinyu.screening.workbench.ScreeningForm;
import org.xinyu.security.Access;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.Role;
import org.xinyu.security.workbench.MainLayout;
import org.xinyu.student.Student;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

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
        tabs.add(getTranslation("case.tab.overview"), overview(view));
        tabs.add(getTranslation("case.tab.followUps"), followUps(view, caller));
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
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.closeTitle", studentName));
        Paragraph text = new Paragraph(getTranslation("case.closeText", studentName));
        text.setId("case-close-text");
        dialog.add(text);
        Button confirm = new Button(getTranslation("case.close"), e -> {
            cases.close(caseId);
            dialog.close();
            Notification n = Notification.show(getTranslation("case.closed"), 3000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        });
        confirm.setId("case-close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Component overview(CaseView view) {
        Student student = view.student();
        FormLayout facts = new FormLayout();
        facts.addClassName("facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        facts.addFormItem(new Span(student.studentNo()), getTranslation("student.number"));
        facts.addFormItem(new Span(Labels.classLabel(student.grade(), student.schoolClass().classNo())), getTranslation("student.class"));
        facts.addFormItem(new Span(Labels.of("gender", student.gender())), getTranslation("student.gender"));
        facts.addFormItem(new Span(Formats.date(student.birthDate(), getLocale())), getTranslation("student.birthDate"));
        String circumstances = student.circumstanceTypes().isEmpty() ? getTranslation("student.noCircumstances")
                : student.circumstanceTypes().stream().sorted().map(c -> Labels.of("circumstance", c)).collect(Collectors.joining("、"));
        Span circ = new Span(circumstances);
        circ.setId("case-circumstances");
        facts.addFormItem(circ, getTranslation("student.circumstances"));
        facts.addFormItem(new Span(view.graduatingYear() ? getTranslation("student.graduatingYesInGrade", student.grade())
                : getTranslation("student.graduatingNo")), getTranslation("student.graduating"));
        StudentOutlook outlook = view.outlook();
        if (outlook != null) {
            Span required = new Span(VisitRequirementTexts.interval(outlook));
            required.setId("case-visit-required");
            facts.addFormItem(required, getTranslation("summary.visitRequired"));
            facts.addFormItem(new Span(outlook.lastVisitOn() == null ? getTranslation("common.never")
                    : Formats.date(outlook.lastVisitOn(), getLocale())), getTranslation("visit.last"));
            Div nextDue = new Div(new Span(outlook.nextVisitDue() == null ? "" : Formats.date(outlook.nextVisitDue(), getLocale())));
            if (outlook.visitOverdueOn(Formats.today(clock))) {
                nextDue.add(Labels.overdueBadge());
            }
            facts.addFormItem(nextDue, getTranslation("visit.nextDue"));
            if (outlook.absentParentRequired()) {
                Span parent = new Span(VisitRequirementTexts.absentParent(outlook));
                parent.setId("case-absent-parent");
                facts.addFormItem(parent, getTranslation("summary.absentParent"));
            }
        }
        facts.addFormItem(new Span(Formats.date(view.caseFile().openedAt(), getLocale())), getTranslation("case.openedAt"));

        Div why = new Div();
        why.addClassName("why");
        why.setId("case-why");
        H3 heading = new H3(getTranslation("case.why"));
        Paragraph since = new Paragraph(getTranslation("case.whySince", Labels.of("priority", view.caseFile().priority()),
                Formats.dateTime(view.caseFile().priorityReachedAt(), getLocale()), view.caseFile().ruleSetVersion()));
        since.setId("case-rule-set");
        why.add(heading, since);
        why.add(Reasons.view(view.caseFile().reasonsJson(), this));
        VerticalLayout layout = new VerticalLayout(why, new H3(getTranslation("case.studentFacts")), facts);
        layout.setPadding(false);
        return layout;
    }

    private Component followUps(CaseView view, AccountPrincipal caller) {
        Grid<FollowUpView> grid = new Grid<>();
        grid.setId("followup-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> Labels.of("followup.type", f.followUp().type())).setHeader(getTranslation("followup.type")).setAutoWidth(true);
        grid.addColumn(f -> Labels.of("owner", f.followUp().ownerRole())).setHeader(getTranslation("followup.owner")).setAutoWidth(true);
        grid.addComponentColumn(f -> {
            Div due = new Div(new Span(Formats.dateTime(f.followUp().dueAt(), getLocale())));
            if (f.followUp().isOpen() && f.followUp().dueAt().isBefore(clock.instant())) {
                due.add(Labels.overdueBadge());
            }
            return due;
        }).setHeader(getTranslation("followup.due")).setAutoWidth(true);
        grid.addColumn(f -> Labels.of("followup.status", f.followUp().status())
                + (f.followUp().escalationLevel() == null ? "" : " · " + Labels.of("escalation", f.followUp().escalationLevel())))
                .setHeader(getTranslation("followup.status")).setAutoWidth(true);
        grid.addColumn(f -> f.followUp().completedAt() == null ? ""
                : Formats.dateTime(f.followUp().completedAt(), getLocale()) + " · " + f.followUp().completedBy())
                .setHeader(getTranslation("followup.completed")).setAutoWidth(true);
        grid.addColumn(f -> f.note() == null ? "" : f.note()).setHeader(getTranslation("followup.note"));
        grid.addComponentColumn(f -> {
            if (!f.mayComplete()) {
                return new Span();
            }
            Button complete = new Button(getTranslation("followup.complete"), e -> completeDialog(f));
            complete.addClassName("complete-followup");
            complete.getElement().setAttribute("data-followup-type", f.followUp().type().name());
            return complete;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setItems(view.followUps());
        return grid;
    }

    private void completeDialog(FollowUpView f) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("followup.completeTitle", Labels.of("followup.type", f.followUp().type())));
        TextArea note = new TextArea(getTranslation("followup.note"));
        note.setId("followup-note");
        note.setWidthFull();
        note.setMaxLength(2000);
        dialog.add(note);
        Button save = new Button(getTranslation("common.save"), e -> {
            followUps.complete(caseId, f.followUp().id(), new FollowUpCompletion(note.getValue()));
            dialog.close();
            saved();
        });
        save.setId("followup-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        note.focus();
    }

    private Component assessments(CaseView view, AccountPrincipal caller) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (caller.may(Permission.ASSESSMENT_WRITE)) {
            Select<Priority> conclusion = new Select<>();
            conclusion.setId("assessment-conclusion");
            conclusion.setLabel(getTranslation("assessment.conclusion"));
            conclusion.setItems(Priority.CRISIS, Priority.HIGH, Priority.MEDIUM, Priority.LOW, Priority.NONE);
            conclusion.setItemLabelGenerator(p -> Labels.of("priority", p));
            TextArea note = new TextArea(getTranslation("assessment.note"));
            note.setId("assessment-note");
            note.setMaxLength(4000);
            note.setWidthFull();
            Button save = new Button(getTranslation("assessment.save"), e -> {
                assessments.assess(caseId, new NewAssessment(conclusion.getValue(), note.getValue()));
                saved();
            });
            save.setId("assessment-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            FormLayout form = new FormLayout(conclusion, note, save);
            form.addClassName("assessment-form");
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
            form.onSave(visit -> {
                homeVisits.recordForCase(caseId, visit);
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
            TextField institution = new TextField(getTranslation("referral.institution"));
            institution.setId("referral-institution");
            institution.setMaxLength(200);
            TextArea reason = new TextArea(getTranslation("referral.reason"));
            reason.setId("referral-reason");
            reason.setMaxLength(1000);
            Checkbox consent = new Checkbox(getTranslation("referral.parentConsent"));
            consent.setId("referral-consent");
            Button save = new Button(getTranslation("referral.save"), e -> {
                referrals.refer(caseId, new NewReferral(institution.getValue(), reason.getValue(), consent.getValue()));
                saved();
            });
            save.setId("referral-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            layout.add(new H3(getTranslation("referral.new")), new FormLayout(institution, reason, consent, save));
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
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("referral.update"));
        Select<ReferralStatus> status = new Select<>();
        status.setLabel(getTranslation("referral.status"));
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> Labels.of("referral.status", s));
        status.setValue(r.referral().status());
        TextArea feedback = new TextArea(getTranslation("referral.feedback"));
        feedback.setMaxLength(4000);
        feedback.setWidthFull();
        dialog.add(new FormLayout(status, feedback));
        Button save = new Button(getTranslation("common.save"), e -> {
            ReferralStatus chosen = status.getValue() == r.referral().status() ? null : status.getValue();
            referrals.update(caseId, r.referral().id(), new ReferralUpdate(chosen, feedback.getValue(), r.referral().version()));
            dialog.close();
            saved();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
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
        Notification n = Notification.show(getTranslation("common.saved"), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.title", title);
    }
}
