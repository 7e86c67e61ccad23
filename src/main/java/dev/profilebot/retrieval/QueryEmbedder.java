package dev.profilebot.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Duration;
import java.util.Locale;

/**
 * Embeds questions, keeping recent ones in a bounded Caffeine cache: the same question asked
 * again (or by someone else) skips the model. The model is uncased, so the key is lower case.
 */
public final class QueryEmbedder {

    private static final Duration EXPIRY = Duration.ofHours(6);

    private final EmbeddingModel model;
    private final Cache<String, Embedding> cache;
    private final boolean enabled;

    /** @param maximumSize embeddings kept; 0 turns the cache off */
    public QueryEmbedder(EmbeddingModel model, long maximumSize, Ticker ticker) {
        this.model = model;
        this.enabled = maximumSize > 0;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterAccess(EXPIRY)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    public Embedding embed(String text) {
        String key = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return enabled ? cache.get(key, this::compute) : compute(key);
    }

    private Embedding compute(String text) {
        return model.embed(text).content();
    }

    /** Share of lookups answered from the cache; 0 before the first lookup and when the cache is off. */
    public double hitRate() {
        var stats = cache.stats();
        return stats.requestCount() == 0 ? 0 : stats.hitRate();
    }
}
