package dev.profilebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.answer.Answer;
import dev.profilebot.answer.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text Slack receives from the bot: inert, in mrkdwn. */
class SlackFormatTest {

    @Test
    void should_escape_every_mention_form_so_no_one_is_notified() {
        String sent =
                SlackFormat.escape("<!channel> <!here|here> <!everyone> <!subteam^S1|@devs> <@U123> @channel @Here");

        assertThat(sent).doesNotContain("<").doesNotContain(">");
        assertThat(sent).contains("&lt;!channel&gt;").contains("@\u2060channel").contains("@\u2060Here");
    }

    @Test
    void should_escape_ampersands_before_anything_else() {
        assertThat(SlackFormat.escape("R&D <b>&amp;</b>")).isEqualTo("R&amp;D &lt;b&gt;&amp;amp;&lt;/b&gt;");
    }

    @Test
    void should_turn_markdown_bold_and_links_into_mrkdwn() {
        assertThat(SlackFormat.escape("**Colorama** is at [PyPI](https://pypi.org/project/colorama/)."))
                .isEqualTo("*Colorama* is at <https://pypi.org/project/colorama/|PyPI>.");
    }

    @Test
    void should_not_make_a_link_of_an_address_slack_would_misread() {
        assertThat(SlackFormat.escape("[x](javascript:alert(1)) [y](https://a.example/|b)"))
                .doesNotContain("<javascript")
                .doesNotContain("<https://a.example/|b");
    }

    @Test
    void should_put_sources_and_the_fallback_note_in_the_context_line() {
        Answer answer = new Answer(
                "He studied at Durham.",
                List.of(new Source("resume.md", "Education", 0.8), new Source("notes<1>.md", "", 0.5)),
                Answer.Mode.FALLBACK,
                Answer.Outcome.ANSWERED,
                0);

        assertThat(SlackFormat.sources(answer))
                .isEqualTo("Sources: resume.md › Education; notes&lt;1&gt;.md\n" + SlackFormat.FALLBACK_NOTE);
    }
}
