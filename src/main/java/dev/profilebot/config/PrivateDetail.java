package dev.profilebot.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A kind of personal detail that is withheld from askers unless the owner opts in. */
public enum PrivateDetail {
    PHONE,
    ADDRESS;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<PrivateDetail> fromConfigName(String name) {
        return Arrays.stream(values())
                .filter(d -> d.configName().equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
