package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void should_split_at_full_stops_and_line_breaks() {
        assertThat(SentenceSplitter.split("I build APIs. I test them!\nSkills: Go; Java"))
                .containsExactly("I build APIs.", "I test them!", "Skills: Go; Java");
    }

    @Test
    void should_read_lines_of_one_word_each_as_one_list_sentence_and_a_lone_one_as_itself() {
        assertThat(SentenceSplitter.split("Dutch · ●●●●●\nEnglish · ●●●●○\nFrench · ●●○○○\nI teach French."))
                .containsExactly("Dutch · ●●●●●; English · ●●●●○; French · ●●○○○", "I teach French.");
        assertThat(SentenceSplitter.split("Skills\nGo, Java and Kotlin."))
                .containsExactly("Skills", "Go, Java and Kotlin.");
    }

    @Test
    void should_not_split_a_german_date_after_its_days_full_stop() {
        assertThat(
                        SentenceSplitter.split(
                                "Mein frühestmöglicher Eintrittstermin ist der 1. Juli 2025. Über die Einladung freue ich mich."))
                .containsExactly(
                        "Mein frühestmöglicher Eintrittstermin ist der 1. Juli 2025.",
                        "Über die Einladung freue ich mich.");
    }

    @Test
    void should_not_split_after_common_abbreviations() {
        assertThat(SentenceSplitter.split("cf. Jamovi, SPSS, Stata")).containsExactly("cf. Jamovi, SPSS, Stata");
        assertThat(SentenceSplitter.split("Central, ie. UTC-6. Next one."))
                .containsExactly("Central, ie. UTC-6.", "Next one.");
        assertThat(SentenceSplitter.split("Tools, e.g. Docker. Done.")).containsExactly("Tools, e.g. Docker.", "Done.");
        assertThat(SentenceSplitter.split("Sarvottam Techno Solutions Pvt. Ltd., Chennai – Joined as Trainee. Done."))
                .containsExactly("Sarvottam Techno Solutions Pvt. Ltd., Chennai – Joined as Trainee.", "Done.");
        assertThat(SentenceSplitter.split("Kookaburra Pty. Ltd. Sydney. Done."))
                .containsExactly("Kookaburra Pty. Ltd. Sydney.", "Done.");
        assertThat(SentenceSplitter.split("LEED Green Associate – U.S. Green Building Council (2017). Done."))
                .containsExactly("LEED Green Associate – U.S. Green Building Council (2017).", "Done.");
        // a degree's letters, in small capitals as a designed template sets them
        assertThat(SentenceSplitter.split("B.SC. IN ENGINEERING (COMPUTER SCIENCE) · Sep. 2011 – Jun. 2014. Done."))
                .containsExactly("B.SC. IN ENGINEERING (COMPUTER SCIENCE) · Sep. 2011 – Jun. 2014.", "Done.");
        assertThat(SentenceSplitter.split("Ph.D. Thesis on karst hydrology. Done."))
                .containsExactly("Ph.D. Thesis on karst hydrology.", "Done.");
    }

    @Test
    void should_keep_a_quoted_title_with_where_it_appeared() {
        // a title that asks a question, and the journal after the co-authors: one citation, its year with it
        assertThat(SentenceSplitter.split("“Who Refinances? Inattention and Rate Cuts” (with Mei-Ling Zhou). Journal"
                        + " of Political Economy, 2023, 131(9): 2466–2511."))
                .containsExactly(
                        "“Who Refinances? Inattention and Rate Cuts” (with Mei-Ling Zhou). Journal of Political"
                                + " Economy, 2023, 131(9): 2466–2511.");
        assertThat(SentenceSplitter.split("“Mortgage Design and Monetary Policy.” Revise and resubmit, Econometrica."))
                .hasSize(1);
        // a quotation then a sentence of its own stays two
        assertThat(SentenceSplitter.split("“Make it simple.” She said it often."))
                .containsExactly("“Make it simple.”", "She said it often.");
    }

    @Property
    void should_keep_every_word(@ForAll String text) {
        String joined = String.join(" ", SentenceSplitter.split(text));

        // lines of one word each are joined as a list with "; " between them: a mark added, no word lost
        assertThat(withoutWhitespace(joined).replace(";", ""))
                .isEqualTo(withoutWhitespace(text).replace(";", ""));
    }

    private static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    @Test
    void should_not_split_inside_a_case_name_in_brackets_nor_after_a_titles_question_mark() {
        assertThat(SentenceSplitter.split(
                        "Harvest Lane v. Corliss (N.D. Ill.) – Obtained a defense verdict (2019). Next matter."))
                .containsExactly(
                        "Harvest Lane v. Corliss (N.D. Ill.) – Obtained a defense verdict (2019).", "Next matter.");
        assertThat(SentenceSplitter.split(
                        "Note, “Class Waivers: Who Pays for Small Claims?,” 107 Nw. U. L. Rev. (2013)."))
                .containsExactly("Note, “Class Waivers: Who Pays for Small Claims?,” 107 Nw. U. L. Rev. (2013).");
    }
}
