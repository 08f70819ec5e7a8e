package dev.parley.curator;

/** Where a failed sign-in is sent back to, and what the login view says for each. */
public final class LoginErrors {
    static final String WRONG = "/" + CuratorAccounts.LOGIN_ROUTE + "?error";
    static final String WAIT = "/" + CuratorAccounts.LOGIN_ROUTE + "?error=wait";
    static final String LOCKED = "/" + CuratorAccounts.LOGIN_ROUTE + "?error=locked";

    /** The one message for a wrong password and an unknown name alike. */
    public static final String WRONG_MESSAGE = "The name or the password is wrong.";

    public static final String WAIT_MESSAGE = "Several sign-ins have failed: wait a few seconds, then try again.";

    public static final String LOCKED_MESSAGE = "Too many failed sign-ins from this address or for this name:"
            + " signing in is refused for " + SignInThrottle.LOCK_DURATION.toMinutes() + " minutes.";

    private LoginErrors() {}

    /** The message for the value of the login view's {@code error} parameter (present but empty: wrong). */
    public static String message(String error) {
        return switch (error) {
            case "wait" -> WAIT_MESSAGE;
            case "locked" -> LOCKED_MESSAGE;
            default -> WRONG_MESSAGE;
        };
    }
}
