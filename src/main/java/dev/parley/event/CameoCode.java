package dev.parley.event;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One code of the CAMEO event ontology with its name and its Goldstein score (-10 most conflictual, +10 most
 * cooperative), as {@link Cameo} reads them from the list that ships with Parley.
 *
 * @param code two digits for a root category ({@code 16}), three or four for a finer code ({@code 163})
 */
public record CameoCode(String code, String name, double goldstein) {
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a CAMEO code is 2 to 4 digits: " + code);
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("a Goldstein score lies between -10 and +10: " + goldstein);
        }
    }

    /** The root category the code belongs to: its first two digits. */
    public String root() {
        return code.substring(0, 2);
    }
}
