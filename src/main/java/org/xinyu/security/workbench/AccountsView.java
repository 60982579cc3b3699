package org.xinyu.security.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.workbench.Dialogs;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.security.AccountAdministration;
import org.xinyu.security.AccountDirectory;
import org.xinyu.security.AccountFilter;
import org.xinyu.security.AccountSummary;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 账号管理: every account with its roles, its scope by school, grade and class names, and whether it can be used
 * (active, disabled, locked, password expired); filters by text, role and school. The system administrator
 * creates accounts (the chosen password must be changed at first sign-in), disables and enables them, and resets
 * a forgotten password to a temporary one. Everything goes through {@link AccountDirectory}, {@link AccountAdministration} and {@link Passwords}, which check and audit.
 */
@Route(value = "accounts", layout = MainLayout.class)
@Permits(Permission.ACCOUNT_MANAGE)
@NavItem(key = "nav.accounts", order = 70, icon = "USERS")
@Dependent
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

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
        CreateAccountDialog dialog = new CreateAccountDialog(schoolList);
        dialog.addSaveListener(e -> {
            try {
                administration.create(e.value());
            } catch (ProblemException problem) {
                dialog.refused(problem);
                return;
            }
            dialog.close();
            search.setValue(e.value().username());
            done(getTranslation("accounts.created", e.value().username()));
        });
        dialog.open();
    }

    private void disableDialog(AccountSummary a) {
        DisableAccountDialog dialog = new DisableAccountDialog(a);
        dialog.addConfirmListener(e -> {
            administration.disable(e.username());
            done(getTranslation("accounts.disabled", e.username()));
        });
        dialog.open();
    }

    private void resetDialog(AccountSummary a) {
        ResetPasswordDialog dialog = new ResetPasswordDialog(a);
        dialog.addSaveListener(Dialogs.closingAfter(dialog, password -> passwords.resetPassword(a.username(), new PasswordReset(password)),
                dialog::refused, () -> done(getTranslation("accounts.resetDone", a.username()))));
        dialog.open();
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
