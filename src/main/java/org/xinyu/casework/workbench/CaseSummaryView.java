package org.xinyu.casework.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.casework.CaseFile;
import org.xinyu.casework.CaseFileService;
import org.xinyu.casework.CaseView;
import org.xinyu.casework.CaseView.AssessmentView;
import org.xinyu.casework.CaseView.FollowUpView;
import org.xinyu.casework.CaseView.ReferralView;
import org.xinyu.casework.FollowUp;
import org.xinyu.casework.StudentOutlook;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.screening.ScreeningRecord;
import org.xinyu.security.Access;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.student.Student;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The case summary a counsellor prints before a parents' meeting: one A4-friendly page without the workbench
 * frame, with the student, the warning level and every reason (and the rule-set version), the open follow-ups,
 * the home-visit duty, open referrals, recent screening results and the latest risk assessment's conclusion. It
 * never shows the text of a confidential note (the service does not even open them). Same permission, scope
 * and audit as the case file; the print stylesheet in the theme hides the buttons.
 */
@Route("case/:caseId(\\d+)/summary")
@Permits(Permission.CASE_READ)
@Dependent
public class CaseSummaryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** How many screening results the summary lists, newest first. */
    static final int SCREENINGS = 5;

    private final CaseFileService cases;
    private final Access access;
    private final Clock clock;
    private String title = "";

    @Inject
    public CaseSummaryView(CaseFileService cases, Access access, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.clock = clock;
        addClassName("summary-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long caseId;
        try {
            caseId = Long.parseLong(event.getRouteParameters().get("caseId").orElseThrow());
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(caseId);
    }

    private void render(long caseId) {
        CaseView.Summary summary = cases.summary(caseId, SCREENINGS);
        CaseView view = summary.view();
        CaseFile caseFile = view.caseFile();
        Student student = view.student();
        AccountPrincipal caller = access.caller();
        title = student.name();
        removeAll();

        Button print = new Button(getTranslation("summary.print"), VaadinIcon.PRINT.create());
        print.setId("summary-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.getElement().setAttribute("onclick", "window.print()"); // in the browser: no round trip
        RouterLink back = new RouterLink(getTranslation("summary.back"), CaseFileView.class,
                new RouteParameters("caseId", Long.toString(caseId)));
        back.setId("summary-back");
        Div toolbar = new Div(back, print);
        toolbar.addClassNames("summary-toolbar", "no-print");

        Div sheet = new Div();
        sheet.addClassName("case-summary");
        sheet.setId("case-summary");
        H1 heading = new H1(getTranslation("summary.heading", student.name()));
        Paragraph printed = new Paragraph(getTranslation("summary.printedAt", Formats.dateTime(clock.instant(), getLocale()),
                caller.displayName()));
        printed.addClassName("muted");
        Paragraph confidential = new Paragraph(getTranslation("summary.confidential"));
        confidential.addClassName("summary-confidential");
        sheet.add(heading, printed, confidential);

        sheet.add(section("summary-student", "summary.student", studentFacts(summary)));
        sheet.add(section("summary-priority", "summary.priority", priority(caseFile)));
        sheet.add(section("summary-followups", "summary.followUps", followUps(view.followUps())));
        sheet.add(section("summary-home-visit", "summary.homeVisit", homeVisit(view.outlook())));
        if (caller.may(Permission.REFERRAL_WRITE) || !view.referrals().isEmpty()) {
            sheet.add(section("summary-referrals", "summary.referrals", referrals(view.referrals())));
        }
        sheet.add(section("summary-screenings", "summary.screenings", screenings(summary.recentScreenings())));
        if (caller.may(Permission.ASSESSMENT_WRITE) || !view.assessments().isEmpty()) {
            sheet.add(section("summary-assessment", "summary.assessment", assessment(view.assessments())));
        }
        // the number as a string: a record number has no digit grouping ("9641", not "9,641")
        Paragraph footer = new Paragraph(getTranslation("summary.footer", Long.toString(caseId)));
        footer.addClassNames("muted", "summary-footer");
        sheet.add(footer);
        add(toolbar, sheet);
    }

    private Div section(String id, String headingKey, Component... content) {
        Div section = new Div(new H2(getTranslation(headingKey)));
        section.add(content);
        section.setId(id);
        section.addClassName("summary-section");
        return section;
    }

    private Component studentFacts(CaseView.Summary summary) {
        Student student = summary.view().student();
        String circumstances = student.circumstanceTypes().isEmpty() ? getTranslation("student.noCircumstances")
                : student.circumstanceTypes().stream().sorted().map(c -> Labels.of("circumstance", c)).collect(Collectors.joining("、"));
        NativeTable table = new NativeTable();
        table.addClassName("summary-facts");
        pair(table.addBody().addRow(), "summary.name", student.name(), "student.number", student.studentNo());
        pair(table.getBody().addRow(), "student.gender", Labels.of("gender", student.gender()),
                "student.birthDate", Formats.date(student.birthDate(), getLocale()));
        pair(table.getBody().addRow(), "summary.school", summary.schoolName(),
                "student.class", Labels.classLabel(student.grade(), student.schoolClass().classNo()));
        pair(table.getBody().addRow(), "student.graduating", summary.view().graduatingYear()
                ? getTranslation("student.graduatingYesInGrade", student.grade()) : getTranslation("student.graduatingNo"),
                "case.openedAt", Formats.date(summary.view().caseFile().openedAt(), getLocale()));
        NativeTableRow family = table.getBody().addRow();
        family.addHeaderCell().setText(getTranslation("student.circumstances"));
        var cell = family.addDataCell();
        cell.setText(circumstances);
        cell.setId("summary-circumstances");
        cell.getElement().setAttribute("colspan", "3");
        return table;
    }

    private void pair(NativeTableRow row, String key1, String value1, String key2, String value2) {
        row.addHeaderCell().setText(getTranslation(key1));
        row.addDataCell().setText(value1);
        row.addHeaderCell().setText(getTranslation(key2));
        row.addDataCell().setText(value2);
    }

    private Component priority(CaseFile caseFile) {
        Div box = new Div();
        Paragraph since = new Paragraph(Labels.badge(caseFile.priority()), new Span(" " + getTranslation("case.whySince",
                Labels.of("priority", caseFile.priority()), Formats.dateTime(caseFile.priorityReachedAt(), getLocale()),
                caseFile.ruleSetVersion())));
        since.setId("summary-rule-set");
        box.add(since);
        Component reasons = Reasons.view(caseFile.reasonsJson(), this);
        reasons.setId("summary-reasons");
        box.add(reasons);
        return box;
    }

    private Component followUps(List<FollowUpView> all) {
        List<FollowUp> open = all.stream().map(FollowUpView::followUp).filter(FollowUp::isOpen).toList();
        if (open.isEmpty()) {
            return new Paragraph(getTranslation("summary.noFollowUps"));
        }
        NativeTable table = table("followup.type", "followup.owner", "followup.due", "followup.status");
        Instant now = clock.instant();
        for (FollowUp f : open) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Labels.of("followup.type", f.type()));
            row.addDataCell().setText(Labels.of("owner", f.ownerRole()));
            var due = row.addDataCell();
            due.add(new Span(Formats.dateTime(f.dueAt(), getLocale())));
            if (f.dueAt().isBefore(now)) {
                due.add(Labels.overdueBadge());
            }
            row.addDataCell().setText(Labels.of("followup.status", f.status())
                    + (f.escalationLevel() == null ? "" : " · " + Labels.of("escalation", f.escalationLevel())));
        }
        return table;
    }

    private Component homeVisit(StudentOutlook outlook) {
        NativeTable table = new NativeTable();
        table.addClassName("summary-facts");
        String required = VisitRequirementTexts.interval(outlook);
        String last = outlook == null || outlook.lastVisitOn() == null ? getTranslation("common.never")
                : Formats.date(outlook.lastVisitOn(), getLocale());
        String next = outlook == null || outlook.nextVisitDue() == null ? "" : Formats.date(outlook.nextVisitDue(), getLocale());
        boolean overdue = outlook != null && outlook.visitOverdueOn(Formats.today(clock));
        String state = outlook == null || outlook.nextVisitDue() == null ? ""
                : overdue ? getTranslation("common.overdue") : getTranslation("summary.visitOnTime");
        String parent = VisitRequirementTexts.absentParent(outlook);
        pair(table.addBody().addRow(), "summary.visitRequired", required, "visit.last", last);
        pair(table.getBody().addRow(), "visit.nextDue", next, "summary.visitState", state);
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(getTranslation("summary.absentParent"));
        var cell = row.addDataCell();
        cell.setText(parent);
        cell.getElement().setAttribute("colspan", "3");
        return table;
    }

    private Component referrals(List<ReferralView> all) {
        List<ReferralView> open = all.stream().filter(r -> r.referral().status().isOpen()).toList();
        if (open.isEmpty()) {
            return new Paragraph(getTranslation("summary.noReferrals"));
        }
        NativeTable table = table("referral.openedAt", "referral.institution", "referral.reason", "referral.parentConsent", "referral.status");
        for (ReferralView r : open) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Formats.date(r.referral().openedAt(), getLocale()));
            row.addDataCell().setText(r.referral().institution());
            row.addDataCell().setText(r.referral().reason() == null ? "" : r.referral().reason());
            row.addDataCell().setText(r.referral().parentConsent() ? getTranslation("common.yes") : getTranslation("common.no"));
            row.addDataCell().setText(Labels.of("referral.status", r.referral().status()));
        }
        return table;
    }

    private Component screenings(List<ScreeningRecord> recent) {
        if (recent.isEmpty()) {
            return new Paragraph(getTranslation("summary.noScreenings"));
        }
        NativeTable table = table("screening.on", "screening.instrument", "screening.total", "screening.band", "screening.item9");
        for (ScreeningRecord r : recent) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Formats.date(r.administeredOn(), getLocale()));
            row.addDataCell().setText(r.instrument());
            row.addDataCell().setText(String.valueOf(r.totalScore()));
            row.addDataCell().setText(Labels.of("band", r.band()));
            row.addDataCell().setText(r.item9() == null ? "" : String.valueOf(r.item9()));
        }
        return table;
    }

    /** The conclusion, when and by whom; never the assessment's note. */
    private Component assessment(List<AssessmentView> assessments) {
        if (assessments.isEmpty()) {
            return new Paragraph(getTranslation("summary.noAssessment"));
        }
        var latest = assessments.get(0).assessment(); // newest first
        Paragraph line = new Paragraph(Labels.badge(latest.conclusion()), new Span(" " + getTranslation("summary.assessmentLine",
                Formats.dateTime(latest.assessedAt(), getLocale()), latest.assessedBy())));
        line.setId("summary-assessment-line");
        return line;
    }

    private NativeTable table(String... headerKeys) {
        NativeTable table = new NativeTable();
        table.addClassName("summary-table");
        NativeTableRow header = table.getHead().addRow();
        for (String key : headerKeys) {
            header.addHeaderCell().setText(getTranslation(key));
        }
        table.addBody();
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("summary.title", title);
    }
}
