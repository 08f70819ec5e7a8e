package dev.parley.dataset;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Binds the {@code parley.*} settings as soon as the configuration is read, before the web server and Vaadin start,
 * so that a bad value stops the start at once with Spring Boot's short failure report (which names the property).
 * The {@link ParleyProperties} bean alone would fail only after Tomcat and, in development mode, Vaadin's dev server
 * had started, and their shutdown warnings print thread dumps around the report. Registered in
 * {@code META-INF/spring.factories}.
 */
class ParleyPropertiesCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder.get(environment).bindOrCreate("parley", ParleyProperties.class);
    }
}
