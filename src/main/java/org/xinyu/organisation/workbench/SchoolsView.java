package org.xinyu.organisation.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.organisation.ClassService;
import org.xinyu.organisation.SchoolService;
import org.xinyu.organisation.ClassSummary;
import org.xinyu.organisation.Teacher;
import org.xinyu.organisation.School;
import org.xinyu.organisation.SchoolStage;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.platform.workbench.Saved;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;

import java.util.List;

/**
 * 学校与班级: the schools (code, name, county, stage); the system administrator creates a school, and for the
 * selected school sees its classes with their head teachers, creates a class (a grade the school's stage teaches)
 * and gives a class another head teacher, chosen from the school's head-teacher accounts. Everything goes through
 * {@link SchoolService} and {@link ClassService}, which check and audit.
 */
@Route(value = "schools", layout = MainLayout.class)
@Permits(Permission.ORGANISATION_MANAGE)
@NavItem(key = "nav.schools", order = 80, icon = "ACADEMY_CAP")
@Dependent
public class SchoolsView extends VerticalLayout implements HasDynamicTitle {

    private final SchoolService schoolService;
    private final ClassService classService;
    private final Grid<School> schools = new Grid<>();
    private final Grid<ClassSummary> classes = new Grid<>();
    private final H3 classesTitle = new H3();
    private final Paragraph noSchool = new Paragraph();
    private final Button createClass = new Button();
    private School selected;

    @Inject
    public SchoolsView(SchoolService schoolService, ClassService classService) {
        this.schoolService = schoolService;
        this.classService = classService;
        addClassName("schools-view");
        setWidthFull();
        add(new H2(getTranslation("schools.title")));

        Button createSchool = new Button(getTranslation("schools.create"), VaadinIcon.PLUS.create(), e -> schoolDialog());
        createSchool.setId("school-create");
        createSchool.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout bar = new FlexLayout(createSchool);
        bar.addClassName("filters");
        add(bar);

        schools.setId("schools-grid");
        schools.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        schools.setHeight("360px");
        schools.setPageSize(50);
        schools.addColumn(School::code).setHeader(getTranslation("schools.code")).setAutoWidth(true).setFlexGrow(0);
        schools.addColumn(School::name).setHeader(getTranslation("schools.name")).setAutoWidth(true);
        schools.addColumn(School::district).setHeader(getTranslation("schools.district")).setAutoWidth(true);
        schools.addColumn(s -> stageLabel(s.stage())).setHeader(getTranslation("schools.stage")).setAutoWidth(true);
        schools.setItems(q -> schoolService.schools(new PageRequest(q.getPage(), q.getPageSize())).items().stream(),
                q -> (int) schoolService.schools(new PageRequest(0, 1)).total()).setIdentifierProvider(School::id);
        schools.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        add(schools);

        classesTitle.setId("classes-title");
        noSchool.setText(getTranslation("schools.pickSchool"));
        noSchool.addClassName("muted");
        createClass.setText(getTranslation("schools.createClass"));
        createClass.setIcon(VaadinIcon.PLUS.create());
        createClass.setId("class-create");
        createClass.addClickListener(e -> classDialog());
        FlexLayout classesHeader = new FlexLayout(classesTitle, createClass);
        classesHeader.addClassName("section-header");

        classes.setId("classes-grid");
        classes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        classes.setAllRowsVisible(true);
        classes.addColumn(c -> getTranslation("class.label", c.grade(), c.classNo())).setHeader(getTranslation("queue.class"))
                .setAutoWidth(true).setFlexGrow(0);
        classes.addColumn(c -> teacherLabel(c.headTeacher())).setHeader(getTranslation("schools.headTeacher")).setAutoWidth(true);
        classes.addComponentColumn(this::classActions).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        add(classesHeader, noSchool, classes);
        show(null);
    }

    private void show(School school) {
        selected = school;
        boolean any = school != null;
        classesTitle.setText(any ? getTranslation("schools.classesOf", school.name()) : getTranslation("schools.classes"));
        noSchool.setVisible(!any);
        createClass.setEnabled(any);
        classes.setVisible(any);
        classes.setItems(any ? classService.classSummaries(school.code()) : List.of());
    }

    private Component classActions(ClassSummary c) {
        Button change = new Button(getTranslation("schools.changeTeacher"), VaadinIcon.USER_CHECK.create(), e -> teacherDialog(c));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.addClassName("change-teacher");
        change.getElement().setAttribute("data-class", c.grade() + "-" + c.classNo());
        change.setAriaLabel(getTranslation("schools.changeTeacherFor", getTranslation("class.label", c.grade(), c.classNo())));
        return change;
    }

    private void schoolDialog() {
        SchoolDialog dialog = new SchoolDialog();
        dialog.addSaveListener(e -> {
            School created;
            try {
                created = schoolService.createSchool(e.value());
            } catch (ProblemException problem) {
                dialog.refused(problem);
                return;
            }
            dialog.close();
            saved();
            schools.getDataProvider().refreshAll();
            schools.select(created);
            show(created);
        });
        dialog.open();
    }

    private void classDialog() {
        School school = selected;
        if (school == null) {
            return;
        }
        ClassDialog dialog = new ClassDialog(school, classService.headTeacherCandidates(school.code()));
        dialog.addSaveListener(Dialogs.closingAfter(dialog, schoolClass -> classService.createClass(school.code(), schoolClass),
                dialog::refused, () -> saved(school)));
        dialog.open();
    }

    private void teacherDialog(ClassSummary c) {
        School school = selected;
        if (school == null) {
            return;
        }
        TeacherDialog dialog = new TeacherDialog(c, classService.headTeacherCandidates(school.code()));
        dialog.addSaveListener(Dialogs.closingAfter(dialog, teacher -> classService.assignHeadTeacher(c.id(), teacher, c.version()),
                dialog::refused, () -> saved(school)));
        dialog.open();
    }

    private String teacherLabel(Teacher t) {
        return TeacherDialog.label(this, t);
    }

    private String stageLabel(SchoolStage stage) {
        return getTranslation("stage." + stage.name());
    }

    private void saved() {
        Saved.show(getTranslation("common.saved"), 3000);
    }

    /** Saved a change to one of the school's classes: shows them again. */
    private void saved(School school) {
        saved();
        show(school);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schools.title");
    }
}
