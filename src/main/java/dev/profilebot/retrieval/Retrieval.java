package dev.profilebot.retrieval;

import dev.profilebot.profile.facts.Role;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What retrieval found for a query, whole: an answerer needs nothing else. The text searched (with
 * its spelling corrected), its embedding and analysed terms with their rarity in the profile, the
 * terms a sentence may hold instead of a question's term ("aws" for "cloud"), the
 * best passages (best first, each with its sentences) followed by the passages about the query's
 * role that did not rank among them, and the names in the asked text the profile never uses; and the
 * terms the search added to name the role a follow-up points at ("What did she do there?"), which the asked
 * words do not hold: they find the role's passages, not the sentences that answer.
 */
public record Retrieval(
        Query query,
        String question,
        float[] queryVector,
        Map<String, Double> termWeights,
        Map<String, Set<String>> termAlternatives,
        List<RetrievedPassage> passages,
        List<String> unknownNames,
        Set<String> subjectTerms) {
    public Retrieval {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(queryVector, "queryVector");
        // in the order of the question: the scores are summed in it
        termWeights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(termWeights));
        termAlternatives = Map.copyOf(termAlternatives);
        passages = List.copyOf(passages);
        unknownNames = List.copyOf(unknownNames);
        subjectTerms = Set.copyOf(subjectTerms);
    }

    /** A retrieval whose search added no words for its subject. */
    public Retrieval(
            Query query,
            String question,
            float[] queryVector,
            Map<String, Double> termWeights,
            Map<String, Set<String>> termAlternatives,
            List<RetrievedPassage> passages,
            List<String> unknownNames) {
        this(query, question, queryVector, termWeights, termAlternatives, passages, unknownNames, Set.of());
    }

    /** The role the query is about, if any. */
    public Optional<Role> subject() {
        return query.subject();
    }

    /**
     * The asked text as it is checked against the documents: spelling corrected when it was
     * searched as asked; a follow-up's own words otherwise.
     */
    public String checkedText() {
        return query.asked().equals(query.searchText()) ? question : query.asked();
    }

    public Retrieval withUnknownNames(List<String> names) {
        return new Retrieval(
                query, question, queryVector, termWeights, termAlternatives, passages, names, subjectTerms);
    }

    /** Whether a sentence's terms hold the question's term or one a résumé writes instead. */
    public boolean holds(Set<String> sentenceTerms, String term) {
        return sentenceTerms.contains(term)
                || termAlternatives.getOrDefault(term, Set.of()).stream().anyMatch(sentenceTerms::contains);
    }

    /** The analysed terms of the searched text. */
    public List<String> queryTerms() {
        return List.copyOf(termWeights.keySet());
    }
}
