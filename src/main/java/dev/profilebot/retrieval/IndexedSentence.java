package dev.profilebot.retrieval;

import java.util.Objects;
import java.util.Set;

/**
 * One sentence of a passage as the answerer scores it: its text, its position in the passage, its
 * embedding (computed with its section as context) and its analysed terms.
 */
public record IndexedSentence(int passage, int position, String text, float[] vector, Set<String> terms) {
    public IndexedSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
        terms = Set.copyOf(terms);
    }
}
