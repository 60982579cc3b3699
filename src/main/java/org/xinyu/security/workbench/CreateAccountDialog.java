package org.xinyu.security.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.SaveEvent;
import org.xinyu.platform.workbench.ProblemText;
import org.xinyu.security.NewAccount;
import org.xinyu.security.Role;
import org.xinyu.security.SchoolLookup.SchoolRef;
import org.xinyu.security.workbench.AccountForm.ScopeKind;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 新建账号: username, name, one role and the scope that role needs, the initial password twice. Checks what
 * {@link AccountForm} checks, then fires a {@link SaveEvent} with the account to create; the view creates it and
 * hands a refusal back ({@link #refused}).
 */
class CreateAccountDialog extends Dialog {

    /** What the dialog holds while it is filled in. */
    static final class Draft {
        String username = "";
        String displayName = "";
        Role role;
        SchoolRef school;
        Set<Integer> grades = new HashSet<>();
        String password = "";
        String repeat = "";

        AccountForm.Input input() {
            return new AccountForm.Input(username.trim(), displayName.trim(), role, school == null ? null : school.id(), grades,
                    password, repeat);
        }
    }


    /** This dialog's own words for some codes: the administrator reads "the username", not "your username". */
    static final Map<String, String> WORDING = Map.of("password.containsUsername", "accounts.error.containsUsername");

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<SchoolRef> school = new Select<>();
    private final CheckboxGroup<Integer> grades = new CheckboxGroup<>();
    private final Paragraph classesHint = new Paragraph();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    /** The service's field names (and the dialog's own) → the field that shows their errors. */
    private final Map<String, HasValidation> fields;

    CreateAccountDialog(List<SchoolRef> schools) {
        setId("account-dialog");
        setHeaderTitle(getTranslation("accounts.createTitle"));
        username.setLabel(getTranslation("accounts.username"));
        username.setId("account-username");
        username.setHelperText(getTranslation("accounts.usernameHelp"));
        username.setMaxLength(64);
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("accounts.displayName"));
        displayName.setId("account-display-name");
        displayName.setMaxLength(100);
        displayName.setRequiredIndicatorVisible(true);
        role.setId("account-role");
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.name()));
        role.setRequiredIndicatorVisible(true);
        school.setId("account-school");
        school.setLabel(getTranslation("accounts.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(s -> s == null ? "" : s.name() + "（" + s.code() + "）");
        school.setRequiredIndicatorVisible(true);
        grades.setId("account-grades");
        grades.setLabel(getTranslation("accounts.grades"));
        grades.setItemLabelGenerator(g -> getTranslation("grade.label", g));
        grades.setRequiredIndicatorVisible(true);
        classesHint.setText(getTranslation("accounts.headTeacherHint"));
        classesHint.setId("account-classes-hint");
        classesHint.addClassName("muted");
        password.setLabel(getTranslation("accounts.initialPassword"));
        password.setId("account-password");
        password.setHelperText(getTranslation("accounts.passwordRules"));
        password.setRequiredIndicatorVisible(true);
        repeat.setLabel(getTranslation("accounts.repeatPassword"));
        repeat.setId("account-password-repeat");
        repeat.setRequiredIndicatorVisible(true);
        Paragraph firstSignIn = new Paragraph(getTranslation("accounts.mustChange"));
        firstSignIn.addClassName("muted");

        binder.forField(username).bind(d -> d.username, (d, v) -> d.username = v);
        binder.forField(displayName).bind(d -> d.displayName, (d, v) -> d.displayName = v);
        binder.forField(role).bind(d -> d.role, (d, v) -> d.role = v);
        binder.forField(school).bind(d -> d.school, (d, v) -> d.school = v);
        binder.forField(grades).bind(d -> d.grades, (d, v) -> d.grades = new HashSet<>(v));
        binder.forField(password).bind(d -> d.password, (d, v) -> d.password = v);
        binder.forField(repeat).bind(d -> d.repeat, (d, v) -> d.repeat = v);
        binder.setBean(draft);
        fields = Map.of("username", username, "displayName", displayName, "role", role, "roles", role, "school", school,
                "schoolCode", school, "grades", grades, "password", password, "repeat", repeat);

        role.addValueChangeListener(e -> showScope());
        school.addValueChangeListener(e -> showScope());
        showScope();

        FormLayout form = new FormLayout(username, displayName, role, school, grades, classesHint, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.setColspan(grades, 2);
        form.setColspan(classesHint, 2);
        add(form, firstSignIn);
        setWidth("min(680px, 95vw)");

        Button save = new Button(getTranslation("accounts.createSave"), e -> save());
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("account-cancel");
        getFooter().add(cancel, save);
        Dialogs.focusOnOpen(this, username::focus);
    }

    /** The pickers the chosen role needs; the grades those of the chosen school. */
    private void showScope() {
        ScopeKind kind = AccountForm.scopeOf(role.getValue());
        school.setVisible(kind != ScopeKind.NONE);
        grades.setVisible(kind == ScopeKind.GRADES);
        classesHint.setVisible(kind == ScopeKind.HEAD_TEACHER);
        SchoolRef s = school.getValue();
        Set<Integer> chosen = grades.getValue();
        grades.setItems(s == null ? List.of() : IntStream.rangeClosed(s.firstGrade(), s.lastGrade()).boxed().toList());
        grades.setValue(s == null ? Set.of() : chosen.stream().filter(g -> g >= s.firstGrade() && g <= s.lastGrade())
                .collect(Collectors.toSet()));
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> problems = AccountForm.check(draft.input());
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> {
                fields.get(field).setErrorMessage(getTranslation(key));
                fields.get(field).setInvalid(true);
            });
            return;
        }
        SaveEvent.fire(this, toCommand());
    }

    /** The one place the dialog's values become the service's command. */
    NewAccount toCommand() {
        AccountForm.Input in = draft.input();
        ScopeKind kind = AccountForm.scopeOf(in.role());
        return new NewAccount(in.username(), in.displayName(), in.password(), Set.of(in.role()),
                kind == ScopeKind.NONE ? null : in.schoolId(),
                kind == ScopeKind.GRADES ? new LinkedHashSet<>(in.grades()) : Set.of(), Set.of());
    }

    /** The service refused: on the fields it names, in the reader's words; anything else as the usual error message. */
    void refused(ProblemException problem) {
        ProblemText.showOn(this, problem, fields, WORDING);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<NewAccount>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
