package org.xinyu.security.workbench;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permits;
import org.xinyu.security.Role;

import java.util.List;
import java.util.Map;

/**
 * The start page: each role lands where its day starts (counsellor: the case queue; head teacher: my class;
 * leaders: escalations; auditor: the audit log; system administrator: the accounts; rule administrator: the rule
 * sets). Roles without a workbench page see a short note.
 */
@Route(value = "", layout = MainLayout.class)
@Permits({})
@Dependent
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Start routes by role, first match wins (routes of other features are named by path, not by class). */
    static final List<Map.Entry<Role, String>> START = List.of(
            Map.entry(Role.COUNSELOR, "queue"),
            Map.entry(Role.HEAD_TEACHER, "class"),
            Map.entry(Role.GRADE_LEADER, "escalations"),
            Map.entry(Role.SCHOOL_LEADER, "escalations"),
            Map.entry(Role.AUDITOR, "audit"),
            Map.entry(Role.SYSTEM_ADMIN, "accounts"),
            Map.entry(Role.RULE_ADMIN, "rules"));

    public HomeView() {
        addClassName("home-view");
        add(new H2(getTranslation("home.title")), new Paragraph(getTranslation("home.noPages")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountPrincipal caller = WorkbenchSetup.caller();
        if (caller == null) {
            return;
        }
        START.stream().filter(e -> caller.has(e.getKey())).findFirst().ifPresent(e -> event.forwardTo(e.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
