package dev.parley.curator;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Binds the curator accounts as soon as the configuration is read, so that a bad name or hash stops the start
 * before the web server and Vaadin start, with Spring Boot's short failure report naming the property (as
 * {@code dataset.ParleyPropertiesCheck} does for the other settings). Registered in
 * {@code META-INF/spring.factories}.
 */
class CuratorSettingsCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder.get(environment).bindOrCreate("parley", CuratorSettings.class);
    }
}
