package org.xinyu.organisation.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import org.xinyu.organisation.ClassSummary;
import org.xinyu.organisation.Teacher;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.platform.workbench.ProblemText;

import java.util.List;
import java.util.Map;

/** 更换班主任: one of the school's head teachers, or none; fires a {@link SaveEvent} with the choice. */
class TeacherDialog extends Dialog {


    private final Select<Teacher> teacher;

    TeacherDialog(ClassSummary c, List<Teacher> candidates) {
        String label = getTranslation("class.label", c.grade(), c.classNo());
        setId("teacher-dialog");
        setHeaderTitle(getTranslation("schools.changeTeacherTitle", label));
        teacher = teacherSelect("teacher-select", candidates, c.headTeacher());
        teacher.setWidthFull();
        Paragraph note = new Paragraph(getTranslation("schools.changeTeacherText"));
        note.addClassName("muted");
        add(new VerticalLayout(teacher, note));
        setWidth("min(480px, 95vw)");
        Dialogs.actionFooter(this, getTranslation("common.save"), "teacher-save", e -> {
            teacher.setInvalid(false);
            SaveEvent.fire(this, teacher.getValue() == null ? null : teacher.getValue().username());
        });
        Dialogs.focusOnOpen(this, teacher::focus);
    }

    /** The school's head teachers to choose from; the empty choice means "no head teacher". */
    static Select<Teacher> teacherSelect(String id, List<Teacher> candidates, Teacher current) {
        Select<Teacher> teacher = new Select<>();
        teacher.setId(id);
        teacher.setLabel(teacher.getTranslation("schools.headTeacher"));
        teacher.setItems(candidates);
        teacher.setEmptySelectionAllowed(true);
        teacher.setEmptySelectionCaption(teacher.getTranslation("schools.noHeadTeacher"));
        teacher.setItemLabelGenerator(t -> label(teacher, t));
        teacher.setHelperText(candidates.isEmpty() ? teacher.getTranslation("schools.noCandidates")
                : teacher.getTranslation("schools.candidatesHelp"));
        if (current != null) {
            candidates.stream().filter(t -> t.username().equals(current.username())).findFirst().ifPresent(teacher::setValue);
        }
        return teacher;
    }

    /** A head teacher as the pages name one: display name and username, or "no head teacher". */
    static String label(com.vaadin.flow.component.Component in, Teacher t) {
        return t == null ? in.getTranslation("schools.noHeadTeacher") : t.displayName() + "（" + t.username() + "）";
    }

    void refused(ProblemException problem) {
        ProblemText.showOn(this, problem, Map.of("headTeacher", teacher), Map.of());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<String>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
