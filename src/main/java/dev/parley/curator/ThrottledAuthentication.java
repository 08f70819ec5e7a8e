package dev.parley.curator;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a name and password (with Spring's {@code DaoAuthenticationProvider}, which also hashes a password given
 * for an unknown name against a dummy hash, so both take about as long) only when the {@link SignInThrottle} allows
 * the attempt.
 */
class ThrottledAuthentication implements AuthenticationProvider {
    /** The address of a request without details; never expected from the login form. */
    static final String UNKNOWN_ADDRESS = "unknown";

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                        ? details.getRemoteAddress()
                        : UNKNOWN_ADDRESS;
        SignInThrottle.Verdict verdict = throttle.attempt(name, address);
        if (verdict != SignInThrottle.Verdict.ALLOWED) {
            throw new SignInRefusedException(verdict);
        }
        Authentication signedIn = passwords.authenticate(attempt);
        if (signedIn != null && signedIn.isAuthenticated()) {
            throttle.succeeded(name, address);
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
