package org.xinyu.organisation.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.xinyu.organisation.NewClass;
import org.xinyu.organisation.Teacher;
import org.xinyu.organisation.School;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.platform.workbench.ProblemText;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** 新建班级: a grade the school's stage teaches, the class number and, if chosen, its head teacher. */
class ClassDialog extends Dialog {

    /** What the dialog holds while it is filled in. */
    static final class Draft {
        Integer grade;
        Integer classNo;
        Teacher headTeacher;
    }


    private final Select<Integer> grade = new Select<>();
    private final Draft draft = new Draft();
    private final Map<String, HasValidation> fields;

    ClassDialog(School school, List<Teacher> candidates) {
        setId("class-dialog");
        setHeaderTitle(getTranslation("schools.createClassTitle", school.name()));
        grade.setId("class-grade");
        grade.setLabel(getTranslation("filter.grade"));
        grade.setItems(IntStream.rangeClosed(school.stage().firstGrade(), school.stage().lastGrade()).boxed().toList());
        grade.setItemLabelGenerator(g -> g == null ? "" : getTranslation("grade.label", g));
        grade.setHelperText(getTranslation("schools.gradesOfStage", getTranslation("stage." + school.stage().name()),
                school.stage().firstGrade(), school.stage().lastGrade()));
        grade.setRequiredIndicatorVisible(true);
        IntegerField classNo = new IntegerField(getTranslation("schools.classNo"));
        classNo.setId("class-no");
        classNo.setMin(1);
        classNo.setMax(99);
        classNo.setStepButtonsVisible(true);
        classNo.setRequiredIndicatorVisible(true);
        Select<Teacher> teacher = TeacherDialog.teacherSelect("class-teacher", candidates, null);
        Binder<Draft> binder = new Binder<>();
        binder.forField(grade).bind(d -> d.grade, (d, v) -> d.grade = v);
        binder.forField(classNo).bind(d -> d.classNo, (d, v) -> d.classNo = v);
        binder.forField(teacher).bind(d -> d.headTeacher, (d, v) -> d.headTeacher = v);
        binder.setBean(draft);
        fields = Map.of("grade", grade, "classNo", classNo, "headTeacher", teacher);
        FormLayout form = new FormLayout(grade, classNo, teacher);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        add(form);
        setWidth("min(640px, 95vw)");
        Dialogs.actionFooter(this, getTranslation("common.save"), "class-save", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            SaveEvent.fire(this, toCommand());
        });
        Dialogs.focusOnOpen(this, grade::focus);
    }

    /** The one place the dialog's values become the service's command. */
    NewClass toCommand() {
        return new NewClass(draft.grade, draft.classNo, draft.headTeacher == null ? null : draft.headTeacher.username());
    }

    void refused(ProblemException problem) {
        ProblemText.showOn(this, problem, fields, Map.of());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<NewClass>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
