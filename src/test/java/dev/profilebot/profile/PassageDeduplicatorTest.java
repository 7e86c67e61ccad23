package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageDeduplicatorTest {

    private final PassageDeduplicator deduplicator = new PassageDeduplicator(0.8);

    @Test
    void should_keep_the_richer_of_two_near_duplicates_and_remember_the_other_document() {
        Passage plain = passage("resume.txt#1", "resume.txt", "The Snap Store is an app store for Linux applications.");
        Passage rich = passage(
                "resume.md#1",
                "resume.md",
                "The Snap Store (https://snapcraft.io/store) is an app store for Linux applications.");

        List<Passage> result = deduplicator.deduplicate(List.of(plain, rich));

        assertThat(result).hasSize(1);
        assertThat(result.get(0).id()).isEqualTo("resume.md#1");
        assertThat(result.get(0).alsoIn()).containsExactly("resume.txt");
    }

    @Test
    void should_keep_passages_that_only_share_some_words() {
        Passage a = passage("a#1", "a.md", "Built the payment service in Java at Acme.");
        Passage b = passage("b#1", "b.md", "Built the search service in Go at Initech.");

        assertThat(deduplicator.deduplicate(List.of(a, b))).containsExactly(a, b);
    }

    @Test
    void should_not_merge_repeats_within_one_document() {
        Passage a = passage("a#1", "a.md", "Led the platform team for two years.");
        Passage b = passage("a#2", "a.md", "Led the platform team for two years.");

        assertThat(deduplicator.deduplicate(List.of(a, b))).hasSize(2);
    }

    private static Passage passage(String id, String file, String text) {
        return new Passage(id, file, List.of("Work"), List.of(text), List.of());
    }
}
