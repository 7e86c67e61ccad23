package dev.profilebot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheFileTest {

    @TempDir
    Path folder;

    private final EmbeddingCacheFile cache = new EmbeddingCacheFile(folder(), "model-a");

    private Path folder() {
        return folder == null ? Path.of("unused") : folder;
    }

    @Test
    void should_read_back_what_it_wrote() {
        EmbeddingCacheFile file = new EmbeddingCacheFile(folder, "model-a");
        file.write(Map.of(file.key("hello"), new float[] {1, 2, 3}));

        Map<String, float[]> read = file.read();

        assertThat(read).containsOnlyKeys(file.key("hello"));
        assertThat(read.get(file.key("hello"))).containsExactly(1, 2, 3);
    }

    @Test
    void should_ignore_a_corrupt_or_truncated_file() throws IOException {
        EmbeddingCacheFile file = new EmbeddingCacheFile(folder, "model-a");
        file.write(Map.of(file.key("hello"), new float[] {1, 2, 3}));
        byte[] bytes = Files.readAllBytes(file.file());

        bytes[bytes.length - 12] ^= 0x55; // flip bits inside a vector
        Files.write(file.file(), bytes);
        assertThat(file.read()).isEmpty();

        Files.write(file.file(), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(file.read()).isEmpty();

        Files.writeString(file.file(), "not a cache at all");
        assertThat(file.read()).isEmpty();
    }

    @Test
    void should_not_share_vectors_between_models() {
        EmbeddingCacheFile a = new EmbeddingCacheFile(folder, "model-a");
        EmbeddingCacheFile b = new EmbeddingCacheFile(folder, "model-b");
        a.write(Map.of(a.key("hello"), new float[] {1, 2, 3}));

        assertThat(b.read()).isEmpty();
        assertThat(a.key("hello")).isNotEqualTo(b.key("hello"));
    }

    @Test
    void should_read_nothing_when_there_is_no_file() {
        assertThat(new EmbeddingCacheFile(folder, "model-a").read()).isEmpty();
        assertThat(cache.file().getFileName().toString())
                .startsWith("embeddings-")
                .endsWith(".bin");
    }
}
