package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** {@code parley.shutdown.drain}: none by default, set from the environment, never negative. */
class NodeShutdownTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NodeShutdown.class)
    static class Settings {}

    @Test
    void a_single_server_stops_without_a_drain() {
        runner.run(context ->
                assertThat(context.getBean(NodeShutdown.class).drain()).isZero());
    }

    @Test
    void the_environment_variable_sets_the_drain_of_a_node_behind_a_load_balancer() {
        runner.withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("env", Map.of("PARLEY_SHUTDOWN_DRAIN", "3s"))))
                .run(context ->
                        assertThat(context.getBean(NodeShutdown.class).drain()).isEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void a_negative_drain_stops_the_start_naming_the_property() {
        runner.withPropertyValues("parley.shutdown.drain=-1s")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("parley.shutdown.drain"));
    }
}
