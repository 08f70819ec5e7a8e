package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.ParleyProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class StudioPropertiesTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ParleyProperties.class, StudioProperties.class})
    static class Settings {}

    @Test
    void without_settings_drafts_are_kept_in_drafts() {
        runner.run(context ->
                assertThat(context.getBean(StudioProperties.class).draftsDir()).isEqualTo(Path.of("drafts")));
    }

    @Test
    void the_studio_setting_and_the_data_directory_bind_side_by_side() {
        runner.withPropertyValues("parley.data-dir=/srv/data", "parley.studio.drafts-dir=/srv/drafts")
                .run(context -> {
                    assertThat(context.getBean(ParleyProperties.class).dataDir())
                            .isEqualTo(Path.of("/srv/data"));
                    assertThat(context.getBean(StudioProperties.class).draftsDir())
                            .isEqualTo(Path.of("/srv/drafts"));
                });
    }
}
