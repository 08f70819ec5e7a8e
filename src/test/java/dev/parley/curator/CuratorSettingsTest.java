package dev.parley.curator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.dataset.ParleyProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class CuratorSettingsTest {
    /** Made for this run; cost 10 is the cheapest Parley accepts. */
    private static final String HASH = new BCryptPasswordEncoder(10).encode("a test password, not a real one");

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ParleyProperties.class, CuratorSettings.class})
    static class Settings {}

    @Test
    void a_password_in_the_hash_setting_stops_the_start_without_echoing_it() {
        runner.withPropertyValues("parley.curators[0].name=alice", "parley.curators[0].password-hash=hunter2hunter2")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("parley.curators[0].password-hash must be a bcrypt hash")
                        .hasMessageNotContaining("hunter2"));
    }

    @Test
    void a_hash_that_is_too_cheap_or_too_dear_is_refused_with_the_accepted_costs() {
        String cheap = new BCryptPasswordEncoder(4).encode("x");
        assertThatThrownBy(() -> new CuratorSettings(List.of(new CuratorSettings.Account("alice", cheap))))
                .hasMessageContaining("parley.curators[0].password-hash has bcrypt cost 4; Parley accepts 10 to 16");
        String dear = "$2b$17$" + HASH.substring(7);
        assertThatThrownBy(() -> new CuratorSettings(List.of(new CuratorSettings.Account("alice", dear))))
                .hasMessageContaining("cost 17");
    }

    @Test
    void a_blank_name_is_refused_naming_its_place_in_the_list() {
        assertThatThrownBy(() -> new CuratorSettings(
                        List.of(new CuratorSettings.Account("alice", HASH), new CuratorSettings.Account(" ", HASH))))
                .hasMessage("parley.curators[1].name must name the curator");
        assertThatThrownBy(() -> new CuratorSettings(List.of(new CuratorSettings.Account(null, HASH))))
                .hasMessage("parley.curators[0].name must name the curator");
    }

    @Test
    void the_same_name_twice_even_in_another_case_is_refused() {
        assertThatThrownBy(() -> new CuratorSettings(List.of(
                        new CuratorSettings.Account("Alice", HASH), new CuratorSettings.Account("alice", HASH))))
                .hasMessage("parley.curators[1].name \"alice\" is already the name of parley.curators[0]");
    }

    @Test
    void the_hash_never_appears_in_the_text_of_an_account() {
        assertThat(new CuratorSettings.Account("alice", HASH).toString()).doesNotContain(HASH.substring(7));
    }

    @Test
    void without_settings_there_is_no_curator_and_no_default_one() {
        runner.run(context ->
                assertThat(context.getBean(CuratorSettings.class).curators()).isEmpty());
    }

    @Test
    void curators_bind_beside_the_other_parley_settings_from_the_environment() {
        runner.withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                // the name Spring Boot maps PARLEY_CURATORS_0_NAME to parley.curators[0].name under
                                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "PARLEY_DATA_DIR", "/srv/parley",
                                        "PARLEY_CURATORS_0_NAME", "alice",
                                        "PARLEY_CURATORS_0_PASSWORD_HASH", HASH,
                                        "PARLEY_CURATORS_1_NAME", "bob",
                                        "PARLEY_CURATORS_1_PASSWORD_HASH", HASH))))
                .run(context -> {
                    assertThat(context.getBean(CuratorSettings.class).curators())
                            .containsExactly(
                                    new CuratorSettings.Account("alice", HASH),
                                    new CuratorSettings.Account("bob", HASH));
                    assertThat(context.getBean(ParleyProperties.class))
                            .isEqualTo(new ParleyProperties(Path.of("/srv/parley"), Duration.ofSeconds(2)));
                });
    }

    @Test
    void curators_bind_from_properties() {
        runner.withPropertyValues("parley.curators[0].name=alice", "parley.curators[0].password-hash=" + HASH)
                .run(context -> assertThat(
                                context.getBean(CuratorSettings.class).curators())
                        .containsExactly(new CuratorSettings.Account("alice", HASH)));
    }

    @Test
    void a_bad_hash_stops_the_start_before_any_bean_with_the_property_and_no_stack_trace(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false);

        assertThatThrownBy(() -> app.run("--parley.curators[0].name=alice", "--parley.curators[0].password-hash=x"))
                .isInstanceOf(BindException.class);

        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START", "parley.curators[0].password-hash must be a bcrypt hash");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
}
