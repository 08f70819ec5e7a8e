package dev.parley.curator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Over real HTTP, without a browser: anonymous clients never receive a studio page, not even by forging Vaadin's
 * navigation request; sign-in answers the same for a wrong password and an unknown name; the lock-out holds per
 * name and per address even against the right password; the session is replaced at sign-in and ends at sign-out.
 */
class StudioAccessTest extends CuratorServerTest {
    @Test
    void a_forged_navigation_to_a_studio_page_gives_an_anonymous_client_nothing_of_it() throws Exception {
        VaadinHttpClient anonymous = client();
        anonymous.get("/");
        VaadinHttpClient.Ui ui = anonymous.init("");

        HttpResponse<String> navigated = anonymous.uidl(ui, 0, VaadinHttpClient.navigation("studio/probe"));
        HttpResponse<String> again = anonymous.uidl(ui, 1, VaadinHttpClient.navigation("studio/probe"));
        HttpResponse<String> legacy =
                anonymous.uidl(ui, 2, "[{\"type\":\"navigation\",\"location\":\"studio/probe\",\"link\":1}]");
        HttpResponse<String> direct = anonymous.get("/studio/probe");

        assertThat(navigated.statusCode()).isEqualTo(200);
        assertThat(navigated.body() + again.body() + legacy.body() + direct.body())
                .doesNotContain(ProbeView.SECRET);
        // the client is sent to sign in, not shown an error
        assertThat(navigated.body()).contains("login");
        assertThat(direct.statusCode()).isEqualTo(302);
        assertThat(direct.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void the_same_forged_navigation_does_reach_the_studio_page_for_a_signed_in_curator() throws Exception {
        VaadinHttpClient curator = client();
        assertThat(curator.signIn("alice", PASSWORD).headers().firstValue("Location"))
                .get()
                .asString()
                .doesNotContain("error");
        curator.get("/");
        VaadinHttpClient.Ui ui = curator.init("");

        HttpResponse<String> navigated = curator.uidl(ui, 0, VaadinHttpClient.navigation("studio/probe"));

        assertThat(navigated.body()).contains(ProbeView.SECRET, "signed in as alice");
    }

    @Test
    void every_address_under_studio_sends_an_anonymous_page_request_to_sign_in_and_a_script_request_away()
            throws Exception {
        VaadinHttpClient anonymous = client();
        for (String path : new String[] {"/studio", "/studio/", "/studio/no-such-page", "/studio/draft/x"}) {
            HttpResponse<String> page = anonymous.get(path, "Accept", "text/html", "Sec-Fetch-Dest", "document");
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/login");
        }
        HttpResponse<String> script = anonymous.get("/studio/x.js", "Sec-Fetch-Dest", "script");
        assertThat(script.statusCode()).isIn(302, 401);
    }

    @Test
    void a_wrong_password_and_an_unknown_name_get_the_same_answer() throws Exception {
        HttpResponse<String> wrong = client().signIn("alice", "not the password at all");
        HttpResponse<String> unknown = client().signIn("nobody-by-this-name", "not the password at all");

        assertThat(wrong.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location"))
                .isEqualTo(unknown.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login?error");
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(wrong.headers().map().keySet())
                .isEqualTo(unknown.headers().map().keySet());
    }

    @Test
    void after_ten_failures_for_a_name_its_right_password_is_refused_from_anywhere() throws Exception {
        VaadinHttpClient attacker = client();
        for (int i = 0; i < 10; i++) {
            waitOutDelay();
            assertThat(attacker.signIn("alice", "guess " + i).headers().firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/login?error");
        }

        waitOutDelay();
        HttpResponse<String> owner = client().signIn("alice", PASSWORD);

        assertThat(owner.headers().firstValue("Location")).get().asString().endsWith("/login?error=locked");
        advance(Duration.ofMinutes(15));
        assertThat(client().signIn("alice", PASSWORD).headers().firstValue("Location"))
                .get()
                .asString()
                .doesNotContain("error");
    }

    @Test
    void after_ten_failures_from_an_address_across_names_even_a_right_password_from_it_is_refused() throws Exception {
        VaadinHttpClient attacker = client();
        for (int i = 0; i < 10; i++) {
            waitOutDelay();
            attacker.signIn("name-" + i, "guess");
        }
        waitOutDelay();

        assertThat(attacker.signIn("alice", PASSWORD).headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login?error=locked");
        assertThat(client().signIn("alice", PASSWORD).headers().firstValue("Location"))
                .get()
                .asString()
                .doesNotContain("error");
    }

    @Test
    void quick_failures_are_slowed_for_known_and_unknown_names_alike() throws Exception {
        for (String name : new String[] {"alice", "nobody-by-this-name"}) {
            VaadinHttpClient client = client();
            for (int i = 0; i < 3; i++) {
                client.signIn(name, "guess");
            }
            assertThat(client.signIn(name, "guess").headers().firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/login?error=wait");
        }
    }

    @Test
    void signing_in_replaces_the_session_and_signing_out_ends_it() throws Exception {
        VaadinHttpClient curator = client();
        curator.get("/");
        curator.init("");
        String anonymousSession = curator.sessionId().orElseThrow();

        curator.signIn("alice", PASSWORD);
        String signedInSession = curator.sessionId().orElseThrow();
        assertThat(signedInSession).isNotEqualTo(anonymousSession);
        assertThat(curator.get("/studio/probe").statusCode()).isEqualTo(200);

        HttpResponse<String> out = curator.signOut("/studio/probe");
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(curator.get("/studio/probe").statusCode()).isEqualTo(302);
    }
}
