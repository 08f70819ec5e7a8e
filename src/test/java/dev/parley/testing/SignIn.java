package dev.parley.testing;

import com.microsoft.playwright.Page;

/** Signs a curator in through the login view's form, as a person would: type, then press the button. */
public final class SignIn {
    /** What the login view shows once drawn. */
    public static final String FORM = "form.parley-sign-in";

    private SignIn() {}

    public static void as(Page page, String name, String password) {
        page.locator(FORM + " input[name=username]").fill(name);
        page.locator(FORM + " input[name=password]").fill(password);
        page.locator("#sign-in-submit").click();
    }
}
