package dev.profilebot.profile;

import dev.profilebot.profile.facts.StructuredProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ingested profile: its passages, the public contact card, the structured profile, a hash of its content (a key for
 * caches), the private details that were withheld (kept in memory only, for the outgoing guard),
 * and the files that could not be loaded.
 */
public record Profile(
        List<Passage> passages,
        ContactCard contact,
        StructuredProfile facts,
        String contentHash,
        List<PrivateDetailRedactor.Removed> withheld,
        List<String> problems) {

    private static final Pattern SUMMARY_SECTION = Pattern.compile(
            "(?i)(professional )?(summary|about( me)?|profile|bio(graphy)?|overview|introduction|personal statement)");

    public Profile {
        passages = List.copyOf(passages);
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(contentHash, "contentHash");
        withheld = List.copyOf(withheld);
        problems = List.copyOf(problems);
    }

    /**
     * The passage that introduces the person: the first of a section named like a summary
     * ("Summary", "About me", "Profile"), else the first passage under any heading.
     */
    public Optional<Passage> summary() {
        Optional<Passage> named = passages.stream()
                .filter(p -> !p.sectionPath().isEmpty()
                        && SUMMARY_SECTION.matcher(p.sectionPath().get(0)).matches())
                .findFirst();
        return named.isPresent()
                ? named
                : passages.stream().filter(p -> !p.sectionPath().isEmpty()).findFirst();
    }

    @Override
    public String toString() {
        // withheld details never reach a log line through toString
        return "Profile[" + passages.size() + " passages, hash " + contentHash + "]";
    }
}
