package org.xinyu.organisation.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.organisation.ClassService;
import org.xinyu.organisation.NewClass;
import org.xinyu.organisation.NewSchool;
import org.xinyu.organisation.SchoolService;
import org.xinyu.organisation.ClassSummary;
import org.xinyu.organisation.Teacher;
import org.xinyu.organisation.School;
import org.xinyu.organisation.SchoolStage;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.FieldMessages;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.platform.workbench.WorkbenchErrorHandler;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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

    /** The service's English messages that the dialogs show in the caller's words. */
    static final Map<String, String> MESSAGES = Map.of(
            "use 2-32 letters, digits or '-'", "schools.error.codeFormat",
            "a school with this code already exists", "schools.error.codeTaken",
            "this class already exists", "schools.error.classExists",
            "no such account", "schools.error.notHeadTeacher",
            "the account is disabled", "schools.error.notHeadTeacher",
            "the account does not have the role HEAD_TEACHER", "schools.error.notHeadTeacher",
            "the account belongs to another school", "schools.error.notHeadTeacher");

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
        Dialog dialog = new Dialog();
        dialog.setId("school-dialog");
        dialog.setHeaderTitle(getTranslation("schools.createTitle"));
        TextField code = new TextField(getTranslation("schools.code"));
        code.setId("school-code");
        code.setHelperText(getTranslation("schools.codeHelp"));
        code.setMaxLength(32);
        code.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("schools.name"));
        name.setId("school-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        TextField district = new TextField(getTranslation("schools.district"));
        district.setId("school-district");
        district.setMaxLength(100);
        district.setRequiredIndicatorVisible(true);
        Select<SchoolStage> stage = new Select<>();
        stage.setId("school-stage");
        stage.setLabel(getTranslation("schools.stage"));
        stage.setItems(SchoolStage.values());
        stage.setItemLabelGenerator(s -> s == null ? "" : stageLabel(s));
        stage.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(code, name, district, stage);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        dialog.add(form);
        dialog.setWidth("min(640px, 95vw)");
        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "district", district, "stage", stage);
        Button save = new Button(getTranslation("common.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            School created;
            try {
                created = schoolService.createSchool(new NewSchool(code.getValue().trim(), name.getValue(),
                        district.getValue(), stage.getValue()));
            } catch (ProblemException problem) {
                showProblem(problem, fields);
                return;
            }
            dialog.close();
            saved();
            schools.getDataProvider().refreshAll();
            schools.select(created);
            show(created);
        });
        save.setId("school-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        code.focus();
    }

    private void classDialog() {
        School school = selected;
        if (school == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("class-dialog");
        dialog.setHeaderTitle(getTranslation("schools.createClassTitle", school.name()));
        Select<Integer> grade = new Select<>();
        grade.setId("class-grade");
        grade.setLabel(getTranslation("filter.grade"));
        grade.setItems(IntStream.rangeClosed(school.stage().firstGrade(), school.stage().lastGrade()).boxed().toList());
        grade.setItemLabelGenerator(g -> g == null ? "" : getTranslation("grade.label", g));
        grade.setHelperText(getTranslation("schools.gradesOfStage", stageLabel(school.stage()),
                school.stage().firstGrade(), school.stage().lastGrade()));
        grade.setRequiredIndicatorVisible(true);
        IntegerField classNo = new IntegerField(getTranslation("schools.classNo"));
        classNo.setId("class-no");
        classNo.setMin(1);
        classNo.setMax(99);
        classNo.setStepButtonsVisible(true);
        classNo.setRequiredIndicatorVisible(true);
        Select<Teacher> teacher = teacherSelect("class-teacher", school, null);
        FormLayout form = new FormLayout(grade, classNo, teacher);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        dialog.add(form);
        dialog.setWidth("min(640px, 95vw)");
        Map<String, HasValidation> fields = Map.of("grade", grade, "classNo", classNo, "headTeacher", teacher);
        Button save = new Button(getTranslation("common.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                classService.createClass(school.code(), new NewClass(grade.getValue(), classNo.getValue(),
                        teacher.getValue() == null ? null : teacher.getValue().username()));
            } catch (ProblemException problem) {
                showProblem(problem, fields);
                return;
            }
            dialog.close();
            saved();
            show(school);
        });
        save.setId("class-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        grade.focus();
    }

    private void teacherDialog(ClassSummary c) {
        School school = selected;
        if (school == null) {
            return;
        }
        String label = getTranslation("class.label", c.grade(), c.classNo());
        Dialog dialog = new Dialog();
        dialog.setId("teacher-dialog");
        dialog.setHeaderTitle(getTranslation("schools.changeTeacherTitle", label));
        Select<Teacher> teacher = teacherSelect("teacher-select", school, c.headTeacher());
        teacher.setWidthFull();
        Paragraph note = new Paragraph(getTranslation("schools.changeTeacherText"));
        note.addClassName("muted");
        dialog.add(new VerticalLayout(teacher, note));
        dialog.setWidth("min(480px, 95vw)");
        Button save = new Button(getTranslation("common.save"), e -> {
            teacher.setInvalid(false);
            try {
                classService.assignHeadTeacher(c.id(), teacher.getValue() == null ? null : teacher.getValue().username(), c.version());
            } catch (ProblemException problem) {
                showProblem(problem, Map.of("headTeacher", teacher));
                return;
            }
            dialog.close();
            saved();
            show(school);
        });
        save.setId("teacher-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        teacher.focus();
    }

    /** The school's head teachers to choose from; the empty choice means "no head teacher". */
    private Select<Teacher> teacherSelect(String id, School school, Teacher current) {
        List<Teacher> candidates = classService.headTeacherCandidates(school.code());
        Select<Teacher> teacher = new Select<>();
        teacher.setId(id);
        teacher.setLabel(getTranslation("schools.headTeacher"));
        teacher.setItems(candidates);
        teacher.setEmptySelectionAllowed(true);
        teacher.setEmptySelectionCaption(getTranslation("schools.noHeadTeacher"));
        teacher.setItemLabelGenerator(t -> t == null ? getTranslation("schools.noHeadTeacher") : teacherLabel(t));
        teacher.setHelperText(candidates.isEmpty() ? getTranslation("schools.noCandidates") : getTranslation("schools.candidatesHelp"));
        if (current != null) {
            candidates.stream().filter(t -> t.username().equals(current.username())).findFirst().ifPresent(teacher::setValue);
        }
        return teacher;
    }

    private String teacherLabel(Teacher t) {
        return t == null ? getTranslation("schools.noHeadTeacher") : t.displayName() + "（" + t.username() + "）";
    }

    private String stageLabel(SchoolStage stage) {
        return getTranslation("stage." + stage.name());
    }

    /** A service's refusal: on the fields it names, in the caller's words; anything else as the usual error message. */
    private void showProblem(ProblemException problem, Map<String, HasValidation> fields) {
        Map<HasValidation, String> messages = new HashMap<>();
        for (FieldError error : problem.errors()) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                messages.merge(field, FieldMessages.translate(error.message(), MESSAGES, List.of(), this::getTranslation),
                        (x, y) -> x + " " + y);
            }
        }
        messages.forEach((field, text) -> {
            field.setErrorMessage(text);
            field.setInvalid(true);
        });
        if (messages.isEmpty()) {
            WorkbenchErrorHandler.show(UI.getCurrent(), problem);
        }
    }

    private void saved() {
        Notification n = Notification.show(getTranslation("common.saved"), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schools.title");
    }
}
