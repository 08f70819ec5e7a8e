package dev.parley.curator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A plain HTML form that posts the name and password to Spring Security's {@code /login}, with native inputs.
 *
 * <p>Why not Vaadin's {@code LoginForm}: at submit it also sends its {@code disabled} property to the server, a
 * request that races the form's post. Sign-in replaces the session (session-fixation protection), and a request
 * that still carries the old session when the post has replaced it can leave the browser with a new, anonymous
 * session cookie: the curator was signed in and at once sent back to sign-in (seen in about one browser test run in
 * three). Native inputs without listeners send nothing to Vaadin, so the post is the only request; the login view
 * also turns push off for the same reason.
 */
@Tag("form")
class SignInForm extends Component {
    static final String ERROR_ID = "sign-in-error";

    SignInForm(String action) {
        Element form = getElement();
        form.setAttribute("method", "post");
        form.setAttribute("action", action);
        form.setAttribute("class", "parley-sign-in");
        form.appendChild(
                field("Name", input("text", "username", "username")),
                field("Password", input("password", "password", "current-password")),
                button());
    }

    /** Shows {@code message} above the fields, as text. */
    void showError(String message) {
        Paragraph error = new Paragraph(message);
        error.setId(ERROR_ID);
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        getElement().insertChild(0, error.getElement());
    }

    private static Element field(String label, Element input) {
        Element wrapper = new Element("label");
        wrapper.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "0.25em");
        wrapper.appendChild(new Span(label).getElement(), input);
        return wrapper;
    }

    private static Element input(String type, String name, String autocomplete) {
        Element input = new Element("input");
        input.setAttribute("type", type);
        input.setAttribute("name", name);
        input.setAttribute("id", "sign-in-" + name);
        input.setAttribute("autocomplete", autocomplete);
        input.setAttribute("required", true);
        input.getStyle().set("font", "inherit").set("padding", "0.5em").set("min-width", "16em");
        return input;
    }

    private static Element button() {
        Element button = new Element("button");
        button.setAttribute("type", "submit");
        button.setAttribute("id", "sign-in-submit");
        button.setText("Sign in");
        button.getStyle()
                .set("font", "inherit")
                .set("padding", "0.5em 1em")
                .set("background", "var(--lumo-primary-color)")
                .set("color", "var(--lumo-primary-contrast-color)")
                .set("border", "none")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("cursor", "pointer");
        return button;
    }
}
