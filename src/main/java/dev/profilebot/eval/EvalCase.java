package dev.profilebot.eval;

import java.util.List;
import java.util.Objects;

/**
 * One question of a question set: its kind (fact, contact, pii, unanswerable), the groups of
 * strings an answer must contain (one of each group), the strings it must never contain, and the
 * conversation it belongs to, if any (cases of one conversation are asked in file order), and an
 * optional topic ("identity", "timeline") that reports count separately.
 */
public record EvalCase(
        String id,
        String kind,
        String question,
        List<List<String>> must,
        List<String> mustNot,
        java.util.Optional<String> conversation,
        java.util.Optional<String> topic) {

    /** A case outside any conversation. */
    public EvalCase(String id, String kind, String question, List<List<String>> must, List<String> mustNot) {
        this(id, kind, question, must, mustNot, java.util.Optional.empty(), java.util.Optional.empty());
    }

    public EvalCase {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        must = must.stream().map(List::copyOf).toList();
        mustNot = List.copyOf(mustNot);
    }
}
