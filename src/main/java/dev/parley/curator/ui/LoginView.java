package dev.parley.curator.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.communication.PushMode;
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
    private final SignInForm form = new SignInForm(CuratorAccounts.LOGIN_ROUTE);

    public LoginView(CuratorAccounts accounts) {
        addClassName("parley-login");
        setAlignItems(Alignment.CENTER);
        // the page's push connection, when the browser closes it as the form posts, races the sign-in: a close
        // request still carrying the session that sign-in replaces could leave the browser with a new anonymous one
        addAttachListener(attach -> attach.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED));
        if (accounts.studioOn()) {
            form.getStyle()
                    .set("display", "flex")
                    .set("flex-direction", "column")
                    .set("gap", "1em");
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
            form.showError("Not signed in. " + LoginErrors.message(error.isEmpty() ? "" : error.get(0)));
        }
    }
}
