package dev.parley.curator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.curator.CuratorAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** With no curator configured there is nobody to sign in as, no default account, and the login view says so. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class StudioOffTest {
    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void there_is_no_account_at_all_not_even_spring_boots_generated_one() {
        assertThat(context.getBean(CuratorAccounts.class).studioOn()).isFalse();
        assertThat(context.getBeansOfType(UserDetailsService.class)).hasSize(1);
        InMemoryUserDetailsManager users = context.getBean(InMemoryUserDetailsManager.class);
        assertThat(users.userExists("user")).isFalse();
        assertThat(users.userExists("admin")).isFalse();
    }

    @Test
    void a_sign_in_with_any_name_fails() throws Exception {
        VaadinHttpClient client = new VaadinHttpClient(port);
        for (String name : new String[] {"user", "admin", "curator", ""}) {
            HttpResponse<String> response = client.signIn(name, "any password at all");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .get()
                    .asString()
                    .contains("/login?error");
        }
        assertThat(client.get("/studio/probe").statusCode()).isEqualTo(302);
    }

    @Test
    void the_login_view_says_the_studio_is_off_and_how_to_turn_it_on_without_a_form() throws Exception {
        VaadinHttpClient client = new VaadinHttpClient(port);
        client.get("/login");
        VaadinHttpClient.Ui ui = client.init("login");

        String login = client.uidl(ui, 0, VaadinHttpClient.navigation("login")).body();

        assertThat(login)
                .contains(
                        "The studio is off", "--hash-password", "parley.curators[0].password-hash", "docs/curation.md")
                .doesNotContain("vaadin-login-form");
    }

    @Test
    void a_studio_page_sends_to_the_same_message() throws Exception {
        VaadinHttpClient client = new VaadinHttpClient(port);
        client.get("/");
        VaadinHttpClient.Ui ui = client.init("");

        String answer =
                client.uidl(ui, 0, VaadinHttpClient.navigation("studio/probe")).body();

        assertThat(answer).doesNotContain(ProbeView.SECRET);
        assertThat(client.get("/studio/probe").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login");
    }
}
