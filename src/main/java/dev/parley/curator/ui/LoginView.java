package dev.parley.curator.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.parley.curator.CuratorAccounts;
import dev.parley.curator.LoginErrors;
import java.util.List;

/**
 * Where curators sign in, and where anyone who opens a studio page without being signed in is sent. With no curator
 * configured it shows no form at all, only that the studio is off and how to turn it on: there is no default
 * account to try.
 */
@Route(value = CuratorAccounts.LOGIN_ROUTE, autoLayout = false)
@PageTitle("Sign in · Parley")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    private final LoginForm form = new LoginForm();

    public LoginView(CuratorAccounts accounts) {
        addClassName("parley-login");
        setAlignItems(Alignment.CENTER);
        if (accounts.studioOn()) {
            form.setAction(CuratorAccounts.LOGIN_ROUTE);
            form.setForgotPasswordButtonVisible(false);
            add(new H1("Parley studio"), form, new Anchor("", "Back to the explorer"));
        } else {
            add(studioOff());
        }
    }

    private static VerticalLayout studioOff() {
        Paragraph how = new Paragraph();
        how.add(
                new Text("No curator is configured. To turn the studio on, make a password hash with "),
                new Code("java -jar parley.jar --hash-password"),
                new Text(" and give it with a name as "),
                new Code("parley.curators[0].name"),
                new Text(" and "),
                new Code("parley.curators[0].password-hash"),
                new Text(" (or the environment variables "),
                new Code("PARLEY_CURATORS_0_NAME"),
                new Text(" and "),
                new Code("PARLEY_CURATORS_0_PASSWORD_HASH"),
                new Text("), then restart Parley. docs/curation.md explains each step."));
        VerticalLayout off =
                new VerticalLayout(new H1("The studio is off"), how, new Anchor("", "Back to the explorer"));
        off.addClassName("parley-studio-off");
        off.setMaxWidth("40em");
        return off;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error =
                event.getLocation().getQueryParameters().getParameters().get("error");
        if (error != null) {
            LoginI18n i18n = LoginI18n.createDefault();
            LoginI18n.ErrorMessage message = new LoginI18n.ErrorMessage();
            message.setTitle("Not signed in");
            message.setMessage(LoginErrors.message(error.isEmpty() ? "" : error.get(0)));
            i18n.setErrorMessage(message);
            form.setI18n(i18n);
            form.setError(true);
        }
    }
}
