package dev.parley.curator;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whether the studio is on (at least one curator configured) and who may sign in. The studio's views and the login
 * view ask this rather than reading the settings, so that "off" means the same everywhere.
 */
@Component
public class CuratorAccounts {
    /** The login view's route; the security configuration sends anonymous visitors of the studio there. */
    public static final String LOGIN_ROUTE = "login";

    /** The role every curator has; the studio's views require it with {@code @RolesAllowed("CURATOR")}. */
    public static final String ROLE = "CURATOR";

    private final List<String> names;

    public CuratorAccounts(CuratorSettings settings) {
        this.names =
                settings.curators().stream().map(CuratorSettings.Account::name).toList();
    }

    /** True when at least one curator is configured; without one nobody can sign in and the studio says so. */
    public boolean studioOn() {
        return !names.isEmpty();
    }

    /** The configured names, in configuration order. */
    public List<String> names() {
        return names;
    }
}
