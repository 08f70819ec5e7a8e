package dev.parley.curator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check behind the throttle: an unknown name costs one bcrypt check at the accounts' cost, exactly like
 * a wrong password (so the time does not tell them apart), and a refused attempt costs none.
 */
class ThrottledAuthenticationTest {
    private static final int COST = 10;
    private static final String PASSWORD = "a password made up for this test";

    /** Records the cost of every hash a password is checked against. */
    private static final class CountingEncoder implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(COST);
        final List<Integer> checkedCosts = new ArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checkedCosts.add(Integer.parseInt(encoded.substring(4, 6)));
            return bcrypt.matches(raw, encoded);
        }
    }

    private final CountingEncoder encoder = new CountingEncoder();
    private final SignInThrottle throttle = new SignInThrottle(new MutableClock(Instant.EPOCH));
    private final ThrottledAuthentication authentication = authentication();

    private ThrottledAuthentication authentication() {
        var users = new InMemoryUserDetailsManager(User.withUsername("alice")
                .password(encoder.bcrypt.encode(PASSWORD))
                .roles(CuratorAccounts.ROLE)
                .build());
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthentication(passwords, throttle);
    }

    private static Authentication attempt(String name, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    @Test
    void an_unknown_name_is_checked_against_a_dummy_hash_of_the_same_cost_as_a_wrong_password() {
        assertThatThrownBy(() -> authentication.authenticate(attempt("nobody", PASSWORD, "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
        List<Integer> unknown = List.copyOf(encoder.checkedCosts);
        encoder.checkedCosts.clear();

        assertThatThrownBy(() -> authentication.authenticate(attempt("alice", "wrong password", "10.0.0.2")))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");

        assertThat(unknown).containsExactly(COST).isEqualTo(encoder.checkedCosts);
    }

    @Test
    void a_refused_attempt_checks_no_password() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            assertThatThrownBy(() -> authentication.authenticate(attempt("alice", "wrong", "10.0.0.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        encoder.checkedCosts.clear();

        assertThatThrownBy(() -> authentication.authenticate(attempt("alice", PASSWORD, "10.0.0.1")))
                .isInstanceOfSatisfying(
                        SignInRefusedException.class,
                        refused -> assertThat(refused.verdict()).isEqualTo(SignInThrottle.Verdict.TOO_SOON));
        assertThat(encoder.checkedCosts).isEmpty();
    }

    @Test
    void the_right_password_signs_in_as_a_curator() {
        Authentication signedIn = authentication.authenticate(attempt("alice", PASSWORD, "10.0.0.1"));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_CURATOR");
    }

    @Test
    void the_configured_encoder_hashes_its_dummy_with_the_highest_cost_of_the_accounts() {
        var settings = new CuratorSettings(List.of(
                new CuratorSettings.Account("alice", new BCryptPasswordEncoder(10).encode(PASSWORD)),
                new CuratorSettings.Account("bob", new BCryptPasswordEncoder(11).encode(PASSWORD))));

        String dummy = new SecurityConfiguration().passwordEncoder(settings).encode("x");

        assertThat(dummy).startsWith("$2a$11$");
        assertThat(new CuratorSettings(List.of()).highestCost(HashPasswordCommand.COST))
                .isEqualTo(HashPasswordCommand.COST);
    }
}
