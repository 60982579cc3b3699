package org.xinyu.casework.workbench;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.casework.CaseHistory;
import org.xinyu.casework.CaseFileService;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;
import org.xinyu.student.Student;
import org.xinyu.student.StudentFilter;
import org.xinyu.student.StudentService;

import java.util.List;
import java.util.Optional;

/**
 * The auditor's view of one student's or case's whole history: find the student by name or number (or give the
 * case number), then the timeline of facts, evaluations, changes and every recorded access. A student who never
 * had a case file has a timeline too: the facts recorded about them and every access to their record.
 */
@Route(value = "history", layout = MainLayout.class)
@Permits(Permission.AUDIT_READ)
@NavItem(key = "nav.history", order = 60, icon = "TIME_BACKWARD")
@Dependent
public class CaseHistoryView extends VerticalLayout implements HasDynamicTitle {

    private final CaseFileService cases;
    private final CaseHistory history;
    private final StudentService students;
    private final Grid<Student> found = new Grid<>();
    private final H3 heading = new H3();
    private final Timeline timeline = new Timeline();

    @Inject
    public CaseHistoryView(CaseFileService cases, CaseHistory history, StudentService students) {
        this.cases = cases;
        this.history = history;
        this.students = students;
        addClassName("history-view");
        setWidthFull();
        add(new H2(getTranslation("history.title")), new Paragraph(getTranslation("history.intro")));

        TextField query = new TextField(getTranslation("filter.search"));
        query.setId("history-student");
        query.setPlaceholder(getTranslation("filter.searchPlaceholder"));
        Button find = new Button(getTranslation("history.find"), e -> findStudents(query.getValue()));
        find.setId("history-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        query.addKeyPressListener(Key.ENTER, e -> findStudents(query.getValue()));
        IntegerField caseNo = new IntegerField(getTranslation("history.caseId"));
        caseNo.setId("history-case");
        Button open = new Button(getTranslation("history.open"), e -> {
            if (caseNo.getValue() != null) {
                show(caseNo.getValue(), getTranslation("history.caseHeading", caseNo.getValue().toString()));
            }
        });
        open.setId("history-open");
        HorizontalLayout search = new HorizontalLayout(query, find, caseNo, open);
        search.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        search.addClassName("filters");
        add(search);

        found.setId("history-students");
        found.setAllRowsVisible(true);
        found.addColumn(Student::name).setHeader(getTranslation("queue.student")).setAutoWidth(true);
        found.addColumn(Student::studentNo).setHeader(getTranslation("queue.studentNo")).setAutoWidth(true);
        found.addColumn(s -> s.schoolClass().school().name()).setHeader(getTranslation("history.school")).setAutoWidth(true);
        found.addColumn(s -> Labels.classLabel(s.grade(), s.schoolClass().classNo())).setHeader(getTranslation("queue.class")).setAutoWidth(true);
        found.addItemClickListener(e -> showStudent(e.getItem()));
        found.setVisible(false);
        heading.setId("history-heading");
        heading.setVisible(false);
        timeline.setVisible(false);
        timeline.setAllRowsVisible(true);
        add(found, heading, timeline);
    }

    private void findStudents(String query) {
        if (query == null || query.isBlank()) {
            return;
        }
        found.setItems(students.list(new StudentFilter(null, null, null, query.trim()), new PageRequest(0, 20)).items());
        found.setVisible(true);
    }

    /** The student's case history, or for a student who never had a case file their own timeline. */
    private void showStudent(Student student) {
        Optional<Long> caseId = cases.findViewOfStudent(student.id()).map(view -> view.caseFile().id());
        if (caseId.isPresent()) {
            show(caseId.get(), getTranslation("history.studentHeading", student.name(), student.studentNo()));
        } else {
            show(history.ofStudent(student.id()), getTranslation("history.noCaseHeading", student.name(), student.studentNo()));
        }
    }

    private void show(long caseId, String title) {
        show(history.of(caseId), title);
    }

    private void show(List<CaseHistory.Entry> entries, String title) {
        timeline.show(entries);
        heading.setText(title);
        heading.setVisible(true);
        timeline.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title");
    }
}
