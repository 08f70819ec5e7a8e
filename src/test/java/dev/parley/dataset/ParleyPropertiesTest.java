package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
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
import org.springframework.core.env.SystemEnvironmentPropertySource;

@ExtendWith(OutputCaptureExtension.class)
class ParleyPropertiesTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ParleyProperties.class)
    static class Settings {}

    @Test
    void without_settings_the_data_directory_is_data_checked_every_two_seconds() {
        runner.run(context -> assertThat(context.getBean(ParleyProperties.class))
                .isEqualTo(new ParleyProperties(Path.of("data"), Duration.ofSeconds(2))));
    }

    @Test
    void the_environment_variables_set_both() {
        runner.withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-environment",
                                Map.of("PARLEY_DATA_DIR", "/srv/parley", "PARLEY_RELOAD_INTERVAL", "1m"))))
                .run(context -> assertThat(context.getBean(ParleyProperties.class))
                        .isEqualTo(new ParleyProperties(Path.of("/srv/parley"), Duration.ofMinutes(1))));
    }

    @Test
    void a_bare_number_is_milliseconds_and_zero_turns_watching_off() {
        runner.withPropertyValues("parley.reload-interval=1500")
                .run(context -> assertThat(
                                context.getBean(ParleyProperties.class).reloadInterval())
                        .isEqualTo(Duration.ofMillis(1500)));
        runner.withPropertyValues("parley.reload-interval=0")
                .run(context -> assertThat(
                                context.getBean(ParleyProperties.class).reloadInterval())
                        .isZero());
    }

    @Test
    void a_reload_interval_that_is_not_a_duration_fails_the_start() {
        runner.withPropertyValues("parley.reload-interval=fast")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("fast"));
    }

    @Test
    void a_negative_reload_interval_fails_the_start() {
        runner.withPropertyValues("parley.reload-interval=-2s")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("parley.reload-interval must be 0 (no watching) or a positive"));
    }

    @Test
    void an_empty_data_directory_setting_means_the_default() {
        runner.withPropertyValues("parley.data-dir=")
                .run(context -> assertThat(
                                context.getBean(ParleyProperties.class).dataDir())
                        .isEqualTo(Path.of("data")));
    }

    @Test
    void a_data_directory_cannot_be_empty() {
        assertThatThrownBy(() -> new ParleyProperties(Path.of(""), Duration.ZERO))
                .hasMessageContaining("parley.data-dir must name the data directory");
    }

    @Test
    void a_bad_value_stops_the_start_with_a_message_naming_the_property_and_no_stack_trace(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false);

        // a BindException, not a failed bean: the check stopped the start before any bean (or server) was made
        assertThatThrownBy(() -> app.run("--parley.reload-interval=fast")).isInstanceOf(BindException.class);

        assertThat(output.getOut())
                .contains(
                        "APPLICATION FAILED TO START",
                        "Failed to bind properties under 'parley.reload-interval' to java.time.Duration",
                        "Value: \"fast\"",
                        "Update your application's configuration");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void a_value_against_the_rules_stops_the_start_with_the_rule_and_no_stack_trace(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false);

        assertThatThrownBy(() -> app.run("--parley.reload-interval=-1s")).isInstanceOf(BindException.class);

        assertThat(output.getOut())
                .contains(
                        "APPLICATION FAILED TO START",
                        "parley.reload-interval must be 0 (no watching) or a positive duration such as 2s, not PT-1S");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
}
