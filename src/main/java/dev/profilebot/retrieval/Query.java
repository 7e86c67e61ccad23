package dev.profilebot.retrieval;

import dev.profilebot.profile.facts.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * A question made ready for retrieval, once: the text as asked (what it names is checked against
 * the documents), the text to search with (a follow-up's with what the conversation is about), and
 * the role the question is about, if it names one or the conversation points at one.
 */
public record Query(String asked, String searchText, Optional<Role> subject) {
    public Query {
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(searchText, "searchText");
        Objects.requireNonNull(subject, "subject");
    }

    /** A question that stands alone: searched as asked, about no particular role. */
    public static Query of(String asked) {
        return new Query(asked, asked, Optional.empty());
    }
}
