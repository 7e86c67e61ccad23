package dev.profilebot.retrieval;

import dev.profilebot.profile.facts.Role;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What retrieval found for a question: the analysed question, the role the question is about if it
 * names one (or the conversation points at one), and the best passages, best first, followed by
 * the passages about that role that did not rank among them.
 */
public record Retrieval(
        String question,
        float[] queryVector,
        List<String> queryTerms,
        Optional<Role> subject,
        List<RetrievedPassage> passages) {
    public Retrieval {
        queryTerms = List.copyOf(queryTerms);
        Objects.requireNonNull(subject, "subject");
        passages = List.copyOf(passages);
    }
}
