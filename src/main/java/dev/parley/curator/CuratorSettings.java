package dev.parley.curator;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The curator accounts, {@code parley.curators[i].name} and {@code parley.curators[i].password-hash} (environment:
 * {@code PARLEY_CURATORS_0_NAME}, {@code PARLEY_CURATORS_0_PASSWORD_HASH}). Accounts come from configuration only,
 * never from the data directory, and there is no default account: an empty list turns the studio off.
 *
 * <p>Binds the same {@code parley} prefix as {@code dataset.ParleyProperties}; each type reads only its own keys.
 * A blank or duplicate name (names are compared as sign-in compares them, ignoring case) or a hash that is not
 * bcrypt stops the start with a message naming the property, before the server starts ({@link CuratorSettingsCheck}).
 *
 * @param curators the accounts, in the order configured
 */
@ConfigurationProperties("parley")
public record CuratorSettings(@DefaultValue List<Account> curators) {
    /** A bcrypt hash: version 2a, 2b or 2y, a two-digit cost, 22 characters of salt and 31 of hash. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");

    /** Below this, a stolen hash is cheap to guess; above it, every sign-in (and every failed one) ties up a core. */
    static final int MIN_COST = 10;

    static final int MAX_COST = 16;

    public CuratorSettings {
        curators = curators == null ? List.of() : List.copyOf(curators);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < curators.size(); i++) {
            Account account = curators.get(i);
            String property = "parley.curators[" + i + "]";
            if (account.name() == null || account.name().isBlank()) {
                throw new IllegalArgumentException(property + ".name must name the curator");
            }
            if (!account.name().equals(account.name().strip())) {
                throw new IllegalArgumentException(property + ".name must not start or end with spaces");
            }
            Integer earlier = seen.putIfAbsent(account.name().toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw new IllegalArgumentException(property + ".name \"" + account.name()
                        + "\" is already the name of parley.curators[" + earlier + "]");
            }
            cost(account.passwordHash(), property + ".password-hash");
        }
    }

    /** The cost of a bcrypt hash, or an exception naming the property when it is not one Parley accepts. */
    static int cost(String hash, String property) {
        var matcher = hash == null ? null : BCRYPT.matcher(hash);
        if (matcher == null || !matcher.matches()) {
            // never echo the value: it may be a password pasted into the wrong setting
            throw new IllegalArgumentException(property + " must be a bcrypt hash ($2a$, $2b$ or $2y$, a cost,"
                    + " 53 more characters) as `java -jar parley.jar --hash-password` prints it");
        }
        int cost = Integer.parseInt(matcher.group(1));
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new IllegalArgumentException(property + " has bcrypt cost " + cost + "; Parley accepts " + MIN_COST
                    + " to " + MAX_COST + " (--hash-password uses " + HashPasswordCommand.COST + ")");
        }
        return cost;
    }

    /** The highest cost among the accounts, or {@code fallback} when there are none. */
    int highestCost(int fallback) {
        return curators.stream()
                .mapToInt(account -> cost(account.passwordHash(), "password-hash"))
                .max()
                .orElse(fallback);
    }

    /**
     * One curator account as configured; checked by {@link CuratorSettings}, which knows its place in the list.
     *
     * @param name the sign-in name, also the author of the curator's commits
     * @param passwordHash the bcrypt hash of the password
     */
    public record Account(String name, String passwordHash) {
        @Override
        public String toString() {
            return "Account[name=" + name + ", passwordHash=(hidden)]";
        }
    }
}
