package dev.profilebot.retrieval;

import dev.profilebot.profile.Passage;

/**
 * A passage chosen for a question, with its fused rank score and the two scores fused: cosine
 * similarity of its best embedding and its BM25 score (0 when no term matched).
 */
public record RetrievedPassage(int index, Passage passage, double fusedScore, double cosine, double bm25) {}
