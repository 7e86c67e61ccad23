package dev.profilebot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.privacy.PrivateDetail;
import dev.profilebot.privacy.PrivateDetailRedactor;
import dev.profilebot.profile.PassageDeduplicator;
import dev.profilebot.profile.PassageSplitter;
import dev.profilebot.profile.Profile;
import dev.profilebot.profile.ProfileIngestion;
import dev.profilebot.profile.ProfileLoader;
import dev.profilebot.testing.CountingEmbeddingModel;
import dev.profilebot.testing.TestProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileIndexBuilderTest {

    @TempDir
    Path cacheDir;

    @TempDir
    Path profileDir;

    @Test
    void should_skip_embedding_on_a_restart_with_the_cache() {
        Profile profile = ingest(TestProfiles.folder());
        EmbeddingCacheFile cache = new EmbeddingCacheFile(cacheDir, "fake");

        CountingEmbeddingModel first = new CountingEmbeddingModel();
        ProfileIndex built = new ProfileIndexBuilder(first, Optional.of(cache), new ProfileAnalyzer()).build(profile);
        CountingEmbeddingModel second = new CountingEmbeddingModel();
        ProfileIndex rebuilt =
                new ProfileIndexBuilder(second, Optional.of(cache), new ProfileAnalyzer()).build(profile);

        // a one-sentence passage is embedded once for both: the same text
        assertThat(first.embedded())
                .isBetween(built.passages().size(), built.passages().size() + built.sentenceCount());
        assertThat(second.embedded()).isZero();
        assertThat(rebuilt.sentences(0).get(0).vector())
                .containsExactly(built.sentences(0).get(0).vector());
    }

    @Test
    void should_embed_only_what_changed_in_the_documents() throws IOException {
        Files.writeString(
                profileDir.resolve("cv.md"), "# Work\n\nBuilt a compiler.\n\n# Education\n\nStudied physics.\n");
        EmbeddingCacheFile cache = new EmbeddingCacheFile(cacheDir, "fake");
        new ProfileIndexBuilder(new CountingEmbeddingModel(), Optional.of(cache), new ProfileAnalyzer())
                .build(ingest(profileDir));

        Files.writeString(
                profileDir.resolve("cv.md"), "# Work\n\nBuilt a compiler.\n\n# Education\n\nStudied maths.\n");
        CountingEmbeddingModel model = new CountingEmbeddingModel();
        new ProfileIndexBuilder(model, Optional.of(cache), new ProfileAnalyzer()).build(ingest(profileDir));

        assertThat(model.embedded()).isEqualTo(1); // the changed passage, which is also its one sentence
    }

    @Test
    void should_rebuild_when_the_cache_file_is_corrupt() throws IOException {
        Profile profile = ingest(TestProfiles.folder());
        EmbeddingCacheFile cache = new EmbeddingCacheFile(cacheDir, "fake");
        Files.createDirectories(cacheDir);
        Files.writeString(cache.file(), "garbage");

        CountingEmbeddingModel model = new CountingEmbeddingModel();
        new ProfileIndexBuilder(model, Optional.of(cache), new ProfileAnalyzer()).build(profile);

        assertThat(model.embedded()).isPositive();
        assertThat(cache.read()).isNotEmpty();
    }

    @Test
    void should_find_passages_by_their_words_and_section() {
        ProfileIndex index = new ProfileIndexBuilder(
                        new CountingEmbeddingModel(), Optional.empty(), new ProfileAnalyzer())
                .build(ingest(TestProfiles.folder()));

        List<ProfileIndex.Hit> hits = index.lexicalSearch(index.analyzer().terms("What did he do at Canonical?"));

        assertThat(index.passages().get(hits.get(0).passage()).section()).isEqualTo("Previous Roles › Canonical");
        assertThat(index.lexicalSearch(List.of())).isEmpty();
    }

    @Test
    void should_correct_a_long_misspelt_word_to_the_profile_s_word() {
        ProfileIndex index = new ProfileIndexBuilder(
                        new CountingEmbeddingModel(), Optional.empty(), new ProfileAnalyzer())
                .build(ingest(TestProfiles.folder()));

        assertThat(index.correctSpelling("Has he used Kubernets at the Ordnance Survey?"))
                .isEqualTo("Has he used kubernetes at the ordinance Survey?");
        assertThat(index.correctSpelling("What car does he drive?")).isEqualTo("What car does he drive?");
    }

    private static Profile ingest(Path folder) {
        return new ProfileIngestion(
                        new ProfileLoader(1 << 20),
                        new PrivateDetailRedactor(Set.<PrivateDetail>of()),
                        new PassageSplitter(700),
                        new PassageDeduplicator(0.8),
                        new dev.profilebot.profile.facts.StructuredProfileReader(Optional.empty(), Optional.empty()))
                .ingest(folder);
    }
}
