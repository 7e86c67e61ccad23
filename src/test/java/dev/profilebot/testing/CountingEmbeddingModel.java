package dev.profilebot.testing;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake embedding model for tests that only need vectors, not meaning: each text gets a
 * deterministic vector from its bytes, and every text embedded is counted.
 */
public final class CountingEmbeddingModel implements EmbeddingModel {

    public static final int DIMENSION = 8;

    private final AtomicInteger embedded = new AtomicInteger();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> embeddings = new ArrayList<>();
        for (TextSegment segment : segments) {
            embedded.incrementAndGet();
            float[] vector = new float[DIMENSION];
            byte[] bytes = segment.text().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                vector[i % DIMENSION] += bytes[i];
            }
            vector[0] += 1; // never all zeros
            embeddings.add(Embedding.from(vector));
        }
        return Response.from(embeddings);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /** How many texts were embedded so far. */
    public int embedded() {
        return embedded.get();
    }
}
