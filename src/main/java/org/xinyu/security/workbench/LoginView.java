package org.xinyu.security.workbench;

import org.xinyu.audit.AuditAction;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.xinyu.security.SignInThrottled;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.workbench.LanguageSwitch;
import org.xinyu.platform.workbench.WorkbenchPaths;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permits;
import org.xinyu.security.SessionRegistry;

/**
 * Sign-in. Shiro checks the password (Argon2id, lockout, audit); on success the HTTP session gets a new id
 * (against session fixation) and is registered so that disabling the account ends it. Nothing else is kept in
 * the session: every view asks Shiro who is calling. Any failure reads the same.
 */
@Route("login")
@Permits({})
@Dependent
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final SessionRegistry sessions;
    private final AuditTrail audit;
    private final Clock clock;

    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button signIn = new Button();
    private final Paragraph failure = new Paragraph();

    @Inject
    public LoginView(SessionRegistry sessions, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("app.title"));
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");

        username.setId("username");
        username.setLabel(getTranslation("login.username"));
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        username.setRequiredIndicatorVisible(true);
        username.setWidthFull();
        password.setId("password");
        password.setLabel(getTranslation("login.password"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        signIn.setId("sign-in");
        signIn.setText(getTranslation("login.submit"));
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.setWidthFull();
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(e -> signIn());
        failure.setId("login-failure");
        failure.addClassName("login-failure");
        failure.getElement().setAttribute("role", "alert");
        failure.setVisible(false);

        Div card = new Div(title, subtitle, username, password, failure, signIn, new LanguageSwitch());
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        username.focus();
    }

    private void signIn() {
        String name = username.getValue() == null ? "" : username.getValue().trim();
        char[] secret = password.getValue() == null ? new char[0] : password.getValue().toCharArray();
        password.clear();
        if (name.isEmpty() || secret.length == 0) {
            fail();
            return;
        }
        try {
            SecurityUtils.getSubject().login(new UsernamePasswordToken(name, secret));
        } catch (SignInThrottled e) {
            failure.setText(getTranslation("login.throttled", e.retryAfterSeconds()));
            failure.setVisible(true);
            return;
        } catch (AuthenticationException e) {
            fail();
            return;
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
        AccountPrincipal principal = (AccountPrincipal) SecurityUtils.getSubject().getPrincipal();
        HttpServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        request.changeSessionId();
        sessions.register(principal.username(), request.getSession(false), clock.instant());
        RequestContext.actor(principal.username());
        audit.success(AuditAction.LOGIN, "ACCOUNT", principal.accountId(), "workbench");
        getUI().ifPresent(ui -> ui.getPage().setLocation(WorkbenchPaths.absolute("")));
    }

    private void fail() {
        failure.setText(getTranslation("login.failed"));
        failure.setVisible(true);
        password.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
