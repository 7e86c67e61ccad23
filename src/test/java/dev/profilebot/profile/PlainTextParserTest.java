package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private final PlainTextParser parser = new PlainTextParser();

    @Test
    void should_take_sections_from_hash_headings_and_drop_emphasis() {
        ProfileDocument document = parser.parse("resume.txt", TestProfiles.read("resume.txt"));

        assertThat(document.blocks().get(0).sectionPath()).containsExactly("Summary");
        assertThat(document.blocks())
                .anySatisfy(block -> assertThat(block.text())
                        .startsWith("I have 15 years experience in Python (and have used Go, C, C#, C++).")
                        .doesNotContain("**"));
    }

    @Test
    void should_make_a_short_standalone_line_a_section_and_keep_it_as_a_fact() {
        ProfileDocument document = parser.parse("resume.txt", TestProfiles.read("resume.txt"));

        assertThat(document.blocks()).anySatisfy(block -> {
            assertThat(block.sectionPath()).endsWith("Canonical May 2019 to July 2023");
            assertThat(block.text()).startsWith("Canonical May 2019 to July 2023\nThe Snap Store is an app store");
        });
    }

    @Test
    void should_give_a_word_processors_o_sub_bullets_the_words_of_their_bullet() {
        String text = "EMPLOYMENT HISTORY\n==================\n\n"
                + "\u2022\tLed the rebuild of the card-settlement engine in Kotlin\n"
                + "o\thandles around 2.3 million transactions a day\n"
                + "o\tend-of-day settlement run cut from 4 hours to 35 minutes\n"
                + "\u2022\tIntroduced contract testing (Pact) across 22 services\n\n"
                + "Sep 2011 \u2013 Jun 2014\n"
                + "o\tModules included Distributed Systems and Compilers\n";

        ProfileDocument document = parser.parse("cv.txt", text);

        assertThat(Documents.allText(document).lines())
                .containsExactly(
                        "Led the rebuild of the card-settlement engine in Kotlin: handles around 2.3 million"
                                + " transactions a day; end-of-day settlement run cut from 4 hours to 35 minutes.",
                        "Introduced contract testing (Pact) across 22 services",
                        "Sep 2011 \u2013 Jun 2014",
                        "Modules included Distributed Systems and Compilers");
    }

    @Test
    void should_read_underlined_headings_and_list_bare_links() {
        String text = "Jane Doe\n========\n\nContact me at jane@example.org or https://example.org/jane.\n";

        ProfileDocument document = parser.parse("cv.txt", text);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(List.of("Jane Doe"), "Contact me at jane@example.org or https://example.org/jane."));
        assertThat(document.links())
                .containsExactly(
                        new DocumentLink("https://example.org/jane", "https://example.org/jane"),
                        new DocumentLink("jane@example.org", "mailto:jane@example.org"));
    }

    @Test
    void should_give_no_blocks_for_an_empty_file() {
        assertThat(parser.parse("empty.txt", "").isEmpty()).isTrue();
    }
}
