package org.xinyu.casework.workbench;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.xinyu.casework.CaseView;
import org.xinyu.casework.StudentOutlook;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.student.Student;

import java.time.Clock;
import java.util.stream.Collectors;

/** 个案档案's overview: the warning level and why (each reason, its rule, the rule-set version), then the student's facts. */
class CaseOverview extends VerticalLayout {

    CaseOverview(CaseView view, Clock clock) {
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
        add(why, new H3(getTranslation("case.studentFacts")), facts);
        setPadding(false);
    }
}
