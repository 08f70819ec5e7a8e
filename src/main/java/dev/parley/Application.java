package dev.parley;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.parley.curator.HashPasswordCommand;
import dev.parley.dataset.ValidateCommand;
import dev.parley.embed.ui.OEmbedDiscovery;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts Parley, or with {@code --validate [dir]} checks a data directory, or with {@code --hash-password} prints
 * the bcrypt hash of a password read from standard input, and exits without starting a server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && ValidateCommand.FLAG.equals(args[0])) {
            System.exit(ValidateCommand.run(args, System.out));
        }
        if (args.length > 0 && HashPasswordCommand.FLAG.equals(args[0])) {
            System.exit(HashPasswordCommand.run(args, System.in, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Parley");
        // without an icon of its own, every first page load asked for /favicon.ico and logged a 404 in the console
        settings.addFavIcon("icon", "icons/parley.svg", "any");
        if (settings.getRequest() instanceof VaadinServletRequest request) {
            OEmbedDiscovery.of(request.getHttpServletRequest())
                    .ifPresent(link -> settings.addLink(link.href(), link.attributes()));
        }
    }
}
