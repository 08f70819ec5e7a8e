package dev.parley.gitdata;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Binds the {@code parley.data.*} settings as soon as the configuration is read, before the web server starts, for
 * the same reason as {@code ParleyPropertiesCheck}: a bad remote or branch name stops the start with a short report.
 * Registered in {@code META-INF/spring.factories}.
 */
class GitDataSettingsCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder.get(environment).bindOrCreate("parley.data", GitDataProperties.class);
    }
}
