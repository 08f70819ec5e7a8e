package dev.parley.curator;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused by the {@link SignInThrottle} before its password was checked. Its message is the same for
 * known and unknown names.
 */
public class SignInRefusedException extends AuthenticationException {
    private final SignInThrottle.Verdict verdict;

    SignInRefusedException(SignInThrottle.Verdict verdict) {
        super(
                verdict == SignInThrottle.Verdict.LOCKED
                        ? "too many failed sign-ins: refused for a while"
                        : "too many failed sign-ins: wait a moment");
        this.verdict = verdict;
    }

    /** {@link SignInThrottle.Verdict#LOCKED} or {@link SignInThrottle.Verdict#TOO_SOON}. */
    public SignInThrottle.Verdict verdict() {
        return verdict;
    }
}
