package org.xinyu.security.workbench;

import org.xinyu.audit.AuditAction;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.workbench.LanguageSwitch;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.platform.workbench.WorkbenchPaths;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permits;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The frame around every page: title, the signed-in person and role, language switch, sign-out, and the
 * side navigation built from the routes marked {@link NavItem} that the caller's role may open.
 */
@Dependent
public class MainLayout extends AppLayout {

    private final AuditTrail audit;

    @Inject
    public MainLayout(AuditTrail audit) {
        this.audit = audit;
        addClassName("main-layout");
        setPrimarySection(Section.DRAWER);
        AccountPrincipal caller = WorkbenchSetup.caller();

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("frame.menu"));
        Span title = new Span(getTranslation("app.shortTitle"));
        title.addClassName("app-title");

        HorizontalLayout user = new HorizontalLayout();
        user.addClassName("frame-user");
        user.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (caller != null) {
            Span who = new Span(caller.displayName());
            who.setId("frame-user-name");
            Span roles = new Span(caller.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                    .collect(Collectors.joining("、")));
            roles.addClassName("frame-roles");
            user.add(who, roles);
        }
        Button signOut = new Button(getTranslation("frame.logout"), VaadinIcon.SIGN_OUT.create(), e -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        user.add(new LanguageSwitch(), signOut);

        HorizontalLayout bar = new HorizontalLayout(toggle, title, user);
        bar.addClassName("frame-bar");
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        addToNavbar(bar);

        Span brand = new Span(getTranslation("app.shortTitle"));
        brand.addClassName("drawer-brand");
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        nav.setLabel(getTranslation("frame.navigation"));
        if (caller != null) {
            for (RouteData route : navRoutes(caller)) {
                NavItem item = route.getNavigationTarget().getAnnotation(NavItem.class);
                SideNavItem entry = new SideNavItem(getTranslation(item.key()), route.getTemplate(),
                        VaadinIcon.valueOf(item.icon()).create());
                entry.getElement().setAttribute("data-route", route.getTemplate());
                nav.addItem(entry);
            }
        }
        addToDrawer(new Div(brand), nav);
    }

    /** The navigation entries the caller may open, in their order. */
    static List<RouteData> navRoutes(AccountPrincipal caller) {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getNavigationTarget().isAnnotationPresent(NavItem.class))
                .filter(r -> WorkbenchSetup.allows(r.getNavigationTarget().getAnnotation(Permits.class), caller))
                .sorted(Comparator.comparingInt(r -> r.getNavigationTarget().getAnnotation(NavItem.class).order()))
                .toList();
    }

    private void signOut() {
        AccountPrincipal caller = WorkbenchSetup.caller();
        if (caller != null) {
            audit.success(AuditAction.LOGOUT, "ACCOUNT", caller.accountId(), "workbench");
        }
        getUI().ifPresent(ui -> ui.getPage().setLocation(WorkbenchPaths.absolute("login")));
        SecurityUtils.getSubject().logout();
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (session != null) { // Shiro's logout usually ends the HTTP session already
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // ended meanwhile
            }
        }
    }
}
