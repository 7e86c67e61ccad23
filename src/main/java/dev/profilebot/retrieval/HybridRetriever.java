package dev.profilebot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.profilebot.profile.facts.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the passages that best answer a question by fusing two rankings with reciprocal rank
 * fusion: semantic (embedding cosine) and lexical (Lucene BM25). Exact names ("Canonical",
 * "Kubernetes") are found lexically, paraphrases ("where does he work now") semantically.
 */
public final class HybridRetriever {

    /** The usual constant of reciprocal rank fusion: ranks beyond the first few count for little. */
    static final int RRF_K = 60;

    private final ProfileIndex index;
    private final QueryEmbedder embedder;
    private final int topK;

    public HybridRetriever(ProfileIndex index, QueryEmbedder embedder, int topK) {
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1, got " + topK);
        }
        this.index = index;
        this.embedder = embedder;
        this.topK = topK;
    }

    /** How many passages about the question's role join the best ones when they did not rank among them. */
    static final int MAX_SUBJECT_PASSAGES = 3;

    public Retrieval retrieve(String asked) {
        return retrieve(asked, Optional.empty());
    }

    /** @param subject the role the question is about, whose passages are always considered */
    public Retrieval retrieve(String asked, Optional<Role> subject) {
        String question = index.correctSpelling(asked);
        List<String> terms = index.analyzer().terms(question);
        Embedding query = embedder.embed(question);
        List<ProfileIndex.Hit> semantic = index.vectorSearch(query);
        List<ProfileIndex.Hit> lexical = index.lexicalSearch(terms);

        Map<Integer, Double> fused = new HashMap<>();
        Map<Integer, Double> cosine = new HashMap<>();
        Map<Integer, Double> bm25 = new HashMap<>();
        for (int rank = 0; rank < semantic.size(); rank++) {
            ProfileIndex.Hit hit = semantic.get(rank);
            fused.merge(hit.passage(), 1.0 / (RRF_K + rank + 1), Double::sum);
            cosine.put(hit.passage(), hit.score());
        }
        for (int rank = 0; rank < lexical.size(); rank++) {
            ProfileIndex.Hit hit = lexical.get(rank);
            fused.merge(hit.passage(), 1.0 / (RRF_K + rank + 1), Double::sum);
            bm25.put(hit.passage(), hit.score());
        }
        List<RetrievedPassage> ranked = new ArrayList<>();
        fused.forEach((p, score) -> ranked.add(new RetrievedPassage(
                p, index.passages().get(p), score, cosine.getOrDefault(p, 0.0), bm25.getOrDefault(p, 0.0))));
        ranked.sort((a, b) -> Double.compare(b.fusedScore(), a.fusedScore()));
        List<RetrievedPassage> best = new ArrayList<>(ranked.subList(0, Math.min(topK, ranked.size())));
        subject.ifPresent(role -> {
            Set<Integer> chosen = new HashSet<>();
            best.forEach(p -> chosen.add(p.index()));
            ranked.stream()
                    .filter(p -> !chosen.contains(p.index()))
                    .filter(p -> isAbout(p.index(), role))
                    .limit(MAX_SUBJECT_PASSAGES)
                    .forEach(best::add);
        });
        return new Retrieval(question, query.vector(), terms, subject, best);
    }

    /** Whether a passage says something of the role beyond naming it. */
    private boolean isAbout(int passage, Role role) {
        return index.sentences(passage).stream()
                .anyMatch(s -> !s.heading() && s.role().filter(role::equals).isPresent());
    }
}
