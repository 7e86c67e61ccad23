package dev.profilebot.eval;

import java.util.List;
import java.util.Objects;

/**
 * One question of a question set: its kind (fact, contact, pii, unanswerable), the groups of
 * strings an answer must contain (one of each group) and the strings it must never contain.
 */
public record EvalCase(String id, String kind, String question, List<List<String>> must, List<String> mustNot) {
    public EvalCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        must = must.stream().map(List::copyOf).toList();
        mustNot = List.copyOf(mustNot);
    }
}
