package dev.profilebot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.CountingEmbeddingModel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueryEmbedderTest {

    private final AtomicLong nanos = new AtomicLong();
    private final CountingEmbeddingModel model = new CountingEmbeddingModel();
    private final QueryEmbedder embedder = new QueryEmbedder(model, 10, nanos::get);

    @Test
    void should_embed_the_same_question_once() {
        embedder.embed("Where does he work now?");
        embedder.embed("  where does he  work NOW? ");

        assertThat(model.embedded()).isEqualTo(1);
        assertThat(embedder.hitRate()).isEqualTo(0.5);
    }

    @Test
    void should_embed_again_after_the_entry_expired() {
        embedder.embed("Where does he work now?");
        nanos.addAndGet(Duration.ofHours(7).toNanos());
        embedder.embed("Where does he work now?");

        assertThat(model.embedded()).isEqualTo(2);
    }

    @Test
    void should_embed_every_time_when_the_cache_is_off() {
        QueryEmbedder uncached = new QueryEmbedder(model, 0, nanos::get);

        uncached.embed("Where does he work now?");
        uncached.embed("Where does he work now?");

        assertThat(model.embedded()).isEqualTo(2);
    }
}
