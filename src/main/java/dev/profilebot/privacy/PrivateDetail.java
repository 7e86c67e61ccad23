package dev.profilebot.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A kind of personal detail that is withheld from askers unless the owner opts in. */
public enum PrivateDetail {
    PHONE,
    ADDRESS,
    /** A date of birth written with its label ("date of birth 14/03/1989", "DOB: 1989-03-14"). */
    BIRTH_DATE,
    /**
     * An identity or certificate number written with its label ("DBS certificate no.
     * 001594837261", "Passport number: 123456789", "NI number QQ 12 34 56 C").
     */
    ID_NUMBER;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PrivateDetail> fromConfigName(String name) {
        return Arrays.stream(values())
                .filter(d -> d.configName().equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
