package org.xinyu.security.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.FieldMessages;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.platform.workbench.WorkbenchErrorHandler;
import org.xinyu.security.AccountAdministration;
import org.xinyu.security.AccountDirectory;
import org.xinyu.security.AccountFilter;
import org.xinyu.security.AccountSummary;
import org.xinyu.security.NewAccount;
import org.xinyu.security.PasswordPolicy;
import org.xinyu.security.PasswordReset;
import org.xinyu.security.Passwords;
import org.xinyu.security.AccountState;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.Role;
import org.xinyu.security.SchoolLookup;
import org.xinyu.security.SchoolLookup.ClassRef;
import org.xinyu.security.SchoolLookup.SchoolRef;
import org.xinyu.security.workbench.AccountForm.ScopeKind;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 账号管理: every account with its roles, its scope by school, grade and class names, and whether it can be used
 * (active, disabled, locked, password expired); filters by text, role and school. The system administrator
 * creates accounts (the chosen password must be changed at first sign-in), disables and enables them, and resets
 * a forgotten password to a temporary one. Everything goes through {@link AccountAdministration}, {@link Passwords} and {@link AccountDirectory}, which check
 * and audit.
 */
@Route(value = "accounts", layout = MainLayout.class)
@Permits(Permission.ACCOUNT_MANAGE)
@NavItem(key = "nav.accounts", order = 70, icon = "USERS")
@Dependent
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    /** The service's English messages that the dialogs show in the caller's words. */
    static final Map<String, String> MESSAGES = Map.of(
            "username already exists", "accounts.error.usernameTaken",
            "use 2-64 lower-case letters, digits, '.', '_' or '-'", "accounts.error.usernameFormat",
            "password.containsUsername", "accounts.error.containsUsername");
    static final List<String> KEY_PREFIXES = List.of("password.");

    private final AccountDirectory accounts;
    private final AccountAdministration administration;
    private final Passwords passwords;
    private final SchoolLookup schools;
    private final String callerUsername;
    private final List<SchoolRef> schoolList;
    private final Map<Long, SchoolRef> schoolsById;
    private final Map<Long, Map<Long, ClassRef>> classesBySchool = new HashMap<>();

    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<SchoolRef> school = new Select<>();
    private final Grid<AccountSummary> grid = new Grid<>();
    private final Span total = new Span();

    @Inject
    public AccountsView(AccountDirectory accounts, AccountAdministration administration, Passwords passwords, SchoolLookup schools,
                        Access access) {
        this.accounts = accounts;
        this.administration = administration;
        this.passwords = passwords;
        this.schools = schools;
        this.callerUsername = access.caller().username();
        this.schoolList = schools.schools();
        this.schoolsById = schoolList.stream().collect(Collectors.toMap(SchoolRef::id, Function.identity()));
        addClassName("accounts-view");
        setSizeFull();
        add(new H2(getTranslation("accounts.title")));

        search.setId("accounts-search");
        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder(getTranslation("accounts.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        role.setId("accounts-role");
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("filter.all"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("filter.all") : getTranslation("role." + r.name()));
        school.setId("accounts-school");
        school.setLabel(getTranslation("accounts.school"));
        school.setItems(schoolList);
        school.setEmptySelectionAllowed(true);
        school.setEmptySelectionCaption(getTranslation("filter.all"));
        school.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : s.name());
        Button create = new Button(getTranslation("accounts.create"), VaadinIcon.PLUS.create(), e -> createDialog());
        create.setId("account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout filters = new FlexLayout(search, role, school, create);
        filters.addClassName("filters");
        total.setId("accounts-total");
        total.addClassName("muted");
        add(filters, total);

        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.username")).setWidth("15rem").setFlexGrow(0);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.displayName")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation("role." + r.name())).collect(Collectors.joining("、")))
                .setHeader(getTranslation("accounts.roles")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::scopeText).setHeader(getTranslation("accounts.scope")).setFlexGrow(1);
        // wide enough for its longest content (已停用 with 密码待修改) whatever the rows of the first page: an automatic
        // width is measured once, on the first rows, and a longer badge found later ran under the frozen actions
        grid.addComponentColumn(this::stateBadges).setHeader(getTranslation("accounts.state")).setWidth("13em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItems(q -> accounts.search(filter(), new PageRequest(q.getPage(), q.getPageSize())).items().stream(),
                q -> (int) Math.min(accounts.count(filter()), Integer.MAX_VALUE));
        add(grid);
        setFlexGrow(1, grid);

        search.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        school.addValueChangeListener(e -> refresh());
        refreshTotal();
    }

    AccountFilter filter() {
        String q = search.getValue();
        return new AccountFilter(q == null || q.isBlank() ? null : q.trim(), role.getValue(),
                school.getValue() == null ? null : school.getValue().id());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        refreshTotal();
    }

    private void refreshTotal() {
        total.setText(getTranslation("accounts.total", accounts.count(filter())));
    }

    private String scopeText(AccountSummary a) {
        SchoolRef s = a.schoolId() == null ? null : schoolsById.get(a.schoolId());
        Map<Long, ClassRef> classes = a.schoolId() == null || a.classIds().isEmpty() ? Map.of()
                : classesBySchool.computeIfAbsent(a.schoolId(), id -> schools.classes(id).stream()
                .collect(Collectors.toMap(ClassRef::id, Function.identity())));
        return AccountScopeText.describe(a.roles(), a.schoolId(), s == null ? null : s.name(), a.grades(), a.classIds(), classes,
                this::getTranslation);
    }

    private Component stateBadges(AccountSummary a) {
        Div states = new Div();
        states.addClassName("account-states");
        states.getElement().setAttribute("data-username", a.username());
        for (AccountState state : a.states()) {
            Span badge = new Span(getTranslation("accounts.state." + state.name()));
            badge.addClassNames("badge", "state-" + state.name().toLowerCase().replace('_', '-'));
            badge.getElement().setAttribute("data-state", state.name());
            states.add(badge);
        }
        return states;
    }

    private Component actions(AccountSummary a) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("row-actions");
        if (a.enabled()) {
            if (!a.username().equals(callerUsername)) {
                Button disable = rowButton(getTranslation("accounts.disable"), VaadinIcon.BAN, "disable-account", a,
                        getTranslation("accounts.disableFor", a.displayName(), a.username()));
                disable.addClickListener(e -> disableDialog(a));
                actions.add(disable);
            }
        } else {
            Button enable = rowButton(getTranslation("accounts.enable"), VaadinIcon.CHECK, "enable-account", a,
                    getTranslation("accounts.enableFor", a.displayName(), a.username()));
            enable.addClickListener(e -> {
                administration.enable(a.username());
                done(getTranslation("accounts.enabled", a.username()));
            });
            actions.add(enable);
        }
        Button reset = rowButton(getTranslation("accounts.reset"), VaadinIcon.KEY, "reset-password", a,
                getTranslation("accounts.resetFor", a.displayName(), a.username()));
        reset.addClickListener(e -> resetDialog(a));
        actions.add(reset);
        return actions;
    }

    private static Button rowButton(String text, VaadinIcon icon, String className, AccountSummary a, String ariaLabel) {
        Button button = new Button(text, icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        button.getElement().setAttribute("data-username", a.username());
        button.setAriaLabel(ariaLabel);
        return button;
    }

    private void createDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("account-dialog");
        dialog.setHeaderTitle(getTranslation("accounts.createTitle"));
        TextField username = new TextField(getTranslation("accounts.username"));
        username.setId("account-username");
        username.setHelperText(getTranslation("accounts.usernameHelp"));
        username.setMaxLength(64);
        username.setRequiredIndicatorVisible(true);
        TextField displayName = new TextField(getTranslation("accounts.displayName"));
        displayName.setId("account-display-name");
        displayName.setMaxLength(100);
        displayName.setRequiredIndicatorVisible(true);
        Select<Role> roleSelect = new Select<>();
        roleSelect.setId("account-role");
        roleSelect.setLabel(getTranslation("accounts.role"));
        roleSelect.setItems(Role.values());
        roleSelect.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.name()));
        roleSelect.setRequiredIndicatorVisible(true);
        Select<SchoolRef> schoolSelect = new Select<>();
        schoolSelect.setId("account-school");
        schoolSelect.setLabel(getTranslation("accounts.school"));
        schoolSelect.setItems(schoolList);
        schoolSelect.setItemLabelGenerator(s -> s == null ? "" : s.name() + "（" + s.code() + "）");
        schoolSelect.setRequiredIndicatorVisible(true);
        CheckboxGroup<Integer> grades = new CheckboxGroup<>();
        grades.setId("account-grades");
        grades.setLabel(getTranslation("accounts.grades"));
        grades.setItemLabelGenerator(g -> getTranslation("grade.label", g));
        grades.setRequiredIndicatorVisible(true);
        Paragraph classesHint = new Paragraph(getTranslation("accounts.headTeacherHint"));
        classesHint.setId("account-classes-hint");
        classesHint.addClassName("muted");
        PasswordField password = new PasswordField(getTranslation("accounts.initialPassword"));
        password.setId("account-password");
        password.setHelperText(getTranslation("accounts.passwordRules"));
        password.setRequiredIndicatorVisible(true);
        PasswordField repeat = new PasswordField(getTranslation("accounts.repeatPassword"));
        repeat.setId("account-password-repeat");
        repeat.setRequiredIndicatorVisible(true);
        Paragraph firstSignIn = new Paragraph(getTranslation("accounts.mustChange"));
        firstSignIn.addClassName("muted");

        Runnable showScope = () -> {
            ScopeKind kind = AccountForm.scopeOf(roleSelect.getValue());
            schoolSelect.setVisible(kind != ScopeKind.NONE);
            grades.setVisible(kind == ScopeKind.GRADES);
            classesHint.setVisible(kind == ScopeKind.HEAD_TEACHER);
            SchoolRef s = schoolSelect.getValue();
            Set<Integer> chosen = grades.getValue();
            grades.setItems(s == null ? List.of() : IntStream.rangeClosed(s.firstGrade(), s.lastGrade()).boxed().toList());
            grades.setValue(s == null ? Set.of() : chosen.stream().filter(g -> g >= s.firstGrade() && g <= s.lastGrade())
                    .collect(Collectors.toSet()));
        };
        roleSelect.addValueChangeListener(e -> showScope.run());
        schoolSelect.addValueChangeListener(e -> showScope.run());
        showScope.run();

        FormLayout form = new FormLayout(username, displayName, roleSelect, schoolSelect, grades, classesHint, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.setColspan(grades, 2);
        form.setColspan(classesHint, 2);
        dialog.add(form, firstSignIn);
        dialog.setWidth("min(680px, 95vw)");

        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "role", roleSelect,
                "roles", roleSelect, "school", schoolSelect, "schoolCode", schoolSelect, "grades", grades, "password", password,
                "repeat", repeat);
        Button save = new Button(getTranslation("accounts.createSave"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            AccountForm.Input in = new AccountForm.Input(username.getValue().trim(), displayName.getValue().trim(),
                    roleSelect.getValue(), schoolSelect.getValue() == null ? null : schoolSelect.getValue().id(), grades.getValue(),
                    password.getValue(), repeat.getValue());
            Map<String, String> problems = AccountForm.check(in);
            if (!problems.isEmpty()) {
                problems.forEach((field, key) -> invalid(fields.get(field), getTranslation(key)));
                return;
            }
            ScopeKind kind = AccountForm.scopeOf(in.role());
            try {
                administration.create(new NewAccount(in.username(), in.displayName(), in.password(), Set.of(in.role()),
                        kind == ScopeKind.NONE ? null : in.schoolId(),
                        kind == ScopeKind.GRADES ? new LinkedHashSet<>(in.grades()) : Set.of(), Set.of()));
            } catch (ProblemException problem) {
                showProblem(problem, fields);
                return;
            }
            dialog.close();
            search.setValue(in.username());
            done(getTranslation("accounts.created", in.username()));
        });
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        cancel.setId("account-cancel");
        dialog.getFooter().add(cancel, save);
        dialog.open();
        username.focus();
    }

    private void disableDialog(AccountSummary a) {
        Dialog dialog = new Dialog();
        dialog.setId("disable-dialog");
        dialog.setHeaderTitle(getTranslation("accounts.disableTitle", a.displayName(), a.username()));
        dialog.add(new Paragraph(getTranslation("accounts.disableText")));
        Button confirm = new Button(getTranslation("accounts.disable"), e -> {
            dialog.close();
            administration.disable(a.username());
            done(getTranslation("accounts.disabled", a.username()));
        });
        confirm.setId("disable-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        cancel.focus();
    }

    private void resetDialog(AccountSummary a) {
        Dialog dialog = new Dialog();
        dialog.setId("reset-dialog");
        dialog.setHeaderTitle(getTranslation("accounts.resetTitle", a.displayName(), a.username()));
        PasswordField password = new PasswordField(getTranslation("accounts.temporaryPassword"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("accounts.passwordRules"));
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("accounts.repeatPassword"));
        repeat.setId("reset-password-repeat");
        repeat.setRequiredIndicatorVisible(true);
        repeat.setWidthFull();
        Paragraph note = new Paragraph(getTranslation("accounts.resetText"));
        note.addClassName("muted");
        dialog.add(new VerticalLayout(password, repeat, note));
        dialog.setWidth("min(480px, 95vw)");
        Map<String, HasValidation> fields = Map.of("password", password, "temporaryPassword", password, "repeat", repeat);
        Button save = new Button(getTranslation("accounts.resetSave"), e -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (password.getValue().isEmpty()) {
                invalid(password, getTranslation("validation.required"));
                return;
            }
            if (!password.getValue().equals(repeat.getValue())) {
                invalid(repeat, getTranslation("accounts.error.passwordMismatch"));
                return;
            }
            try {
                passwords.resetPassword(a.username(), new PasswordReset(password.getValue()));
            } catch (ProblemException problem) {
                showProblem(problem, fields);
                return;
            }
            dialog.close();
            done(getTranslation("accounts.resetDone", a.username()));
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(dialog);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        password.focus();
    }

    /** A service's refusal: on the fields it names, in the caller's words; anything else as the usual error message. */
    private void showProblem(ProblemException problem, Map<String, HasValidation> fields) {
        boolean shown = false;
        Map<HasValidation, String> messages = new HashMap<>();
        for (FieldError error : problem.errors()) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                // the password policy's codes are its translation keys (its messages are English, for API clients)
                String said = PasswordPolicy.CODES.contains(error.code()) ? error.code() : error.message();
                String text = FieldMessages.translate(said, MESSAGES, KEY_PREFIXES, this::getTranslation);
                messages.merge(field, text, (x, y) -> x + " " + y);
                shown = true;
            }
        }
        messages.forEach(AccountsView::invalid);
        if (!shown) {
            WorkbenchErrorHandler.show(UI.getCurrent(), problem);
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void done(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
