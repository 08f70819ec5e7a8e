package dev.parley.curator;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Who may do what over HTTP. The explorer, its exports and assets, error pages and {@code /actuator/health} are open
 * to everyone; everything under {@code /studio} needs a signed-in curator.
 *
 * <p>Views are guarded by Vaadin's navigation access control, which denies any view without an access annotation
 * (so every public view says {@code @AnonymousAllowed}, the studio's say {@code @RolesAllowed("CURATOR")}), and it
 * also guards navigation inside an open page, which never reaches a URL rule. The URL rules add a second wall: any
 * request under {@code /studio} without the role goes to sign-in before Vaadin sees it. Other requests are let
 * through here ({@code anyRequest().permitAll()} instead of Vaadin's default deny) because everything else Parley
 * serves is public: Vaadin's own requests, the explorer's chart option files, the health endpoint (the actuator
 * exposes nothing else), error pages, and a mistyped address, which should say "not found", not ask for a password.
 *
 * <p>Sign-in: Vaadin's login form posts to {@code /login}; a password is checked only when the
 * {@link SignInThrottle} allows the attempt. At sign-in the session is replaced by a new one (Spring's
 * session-fixation protection, set to a fresh session rather than a renamed one, so that nothing of the anonymous
 * session, Vaadin's CSRF token included, outlives it). CSRF and sign-out are as Vaadin's configurer sets them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {
    private static final String LOGIN_PATH = "/" + CuratorAccounts.LOGIN_ROUTE;

    @Bean
    PasswordEncoder passwordEncoder(CuratorSettings settings) {
        // the dummy hash checked for unknown names is made with this cost: as slow as the slowest real account
        return new BCryptPasswordEncoder(settings.highestCost(HashPasswordCommand.COST));
    }

    /** The accounts; also keeps Spring Boot from making its default user with a generated password. */
    @Bean
    InMemoryUserDetailsManager curatorUsers(CuratorSettings settings) {
        return new InMemoryUserDetailsManager(settings.curators().stream()
                .map(account -> User.withUsername(account.name())
                        .password(account.passwordHash())
                        .roles(CuratorAccounts.ROLE)
                        .build())
                .toList());
    }

    /** A test may give the throttle its own clock as a bean named {@code signInClock}. */
    @Bean
    SignInThrottle signInThrottle(@Qualifier("signInClock") ObjectProvider<Clock> clock) {
        return new SignInThrottle(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            InMemoryUserDetailsManager users,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        // no parent manager: a refused attempt must not fall through to another way of checking passwords
        http.authenticationManager(new ProviderManager(new ThrottledAuthentication(passwords, throttle)));
        http.authorizeHttpRequests(
                rules -> rules.requestMatchers("/studio", "/studio/**").hasRole(CuratorAccounts.ROLE));
        // the login page is named here as well as by Vaadin's configurer: Spring decides whether to generate its own
        // login page when this form login is set up, before Vaadin's configurer names the view
        http.formLogin(form -> form.loginPage(LOGIN_PATH).failureHandler(failureHandler()));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()));
        // X-Frame-Options is set per address by web.SecurityHeadersFilter: embeds must be framable by other sites
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()));
        http.addFilterAfter(new UncompressedForCurators(), AuthorizationFilter.class);
        return http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH).anyRequest(any -> any.permitAll()))
                .build();
    }

    /**
     * Back to the login view with the reason: {@code ?error} for a wrong name or password (one message for both),
     * {@code ?error=wait} or {@code ?error=locked} when the throttle refused the attempt unchecked.
     */
    private static AuthenticationFailureHandler failureHandler() {
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler(LoginErrors.WRONG);
        SimpleUrlAuthenticationFailureHandler wait = new SimpleUrlAuthenticationFailureHandler(LoginErrors.WAIT);
        SimpleUrlAuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler(LoginErrors.LOCKED);
        return (request, response, exception) -> {
            if (exception instanceof SignInRefusedException refused) {
                (refused.verdict() == SignInThrottle.Verdict.LOCKED ? locked : wait)
                        .onAuthenticationFailure(request, response, exception);
            } else {
                wrong.onAuthenticationFailure(request, response, exception);
            }
        };
    }
}
