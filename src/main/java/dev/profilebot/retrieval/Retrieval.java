package dev.profilebot.retrieval;

import java.util.List;

/** What retrieval found for a question: the analysed question and the best passages, best first. */
public record Retrieval(
        String question, float[] queryVector, List<String> queryTerms, List<RetrievedPassage> passages) {
    public Retrieval {
        queryTerms = List.copyOf(queryTerms);
        passages = List.copyOf(passages);
    }
}
