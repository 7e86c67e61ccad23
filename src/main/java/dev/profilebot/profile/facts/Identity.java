package dev.profilebot.profile.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * Who the person is: the name (empty when no document says it and PROFILE_NAME is unset), the
 * pronouns replies use, whether those were stated or only assumed, and a headline.
 */
public record Identity(
        Optional<String> name,
        Pronouns pronouns,
        boolean pronounsStated,
        Optional<String> headline,
        Optional<FactSource> nameSource) {

    /** What replies call the person when no name is known. */
    public static final String NO_NAME = "the person";

    public Identity {
        name = name == null ? Optional.empty() : name.filter(n -> !n.isBlank());
        Objects.requireNonNull(pronouns, "pronouns");
        headline = headline == null ? Optional.empty() : headline.filter(h -> !h.isBlank());
        nameSource = nameSource == null ? Optional.empty() : nameSource;
    }

    /** The full name, or "the person". */
    public String displayName() {
        return name.orElse(NO_NAME);
    }

    /** The first name, or "the person": "Maya prefers email". */
    public String firstName() {
        return name.map(n -> n.split("\\s+")[0]).orElse(NO_NAME);
    }
}
