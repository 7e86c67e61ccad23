package dev.profilebot.retrieval;

import dev.profilebot.profile.Passage;
import java.util.List;
import java.util.Set;

/**
 * A passage chosen for a query, with its sentences, its section's analysed terms, its fused rank
 * score and the two scores fused: cosine similarity of its best embedding and its BM25 score (0
 * when no term matched).
 */
public record RetrievedPassage(
        int index,
        Passage passage,
        List<IndexedSentence> sentences,
        Set<String> sectionTerms,
        double fusedScore,
        double cosine,
        double bm25) {
    public RetrievedPassage {
        sentences = List.copyOf(sentences);
        sectionTerms = Set.copyOf(sectionTerms);
    }
}
