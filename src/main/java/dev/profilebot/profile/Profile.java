package dev.profilebot.profile;

import java.util.List;
import java.util.Objects;

/**
 * The ingested profile: its passages, the public contact card, a hash of its content (a key for
 * caches), the private details that were withheld (kept in memory only, for the outgoing guard),
 * and the files that could not be loaded.
 */
public record Profile(
        List<Passage> passages,
        ContactCard contact,
        String contentHash,
        List<PrivateDetailRedactor.Removed> withheld,
        List<String> problems) {

    public Profile {
        passages = List.copyOf(passages);
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(contentHash, "contentHash");
        withheld = List.copyOf(withheld);
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        // withheld details never reach a log line through toString
        return "Profile[" + passages.size() + " passages, hash " + contentHash + "]";
    }
}
