package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplyTemplatesTest {

    @TempDir
    Path prompts;

    @Test
    void should_load_the_repository_prompts() {
        ReplyTemplates templates = ReplyTemplates.load(Path.of("prompts"));

        assertThat(templates.notCovered(Map.of("topic", "Rust", "first_name", "Ada")))
                .contains("doesn't say anything about Rust")
                .contains("Ada");
    }

    @Test
    void should_take_the_jars_copy_of_a_reply_the_folder_lacks() throws IOException {
        // given
        Files.writeString(prompts.resolve(ReplyTemplates.NOT_COVERED), "Nothing on {{topic}}.");

        // when
        ReplyTemplates templates = ReplyTemplates.load(prompts);

        // then
        assertThat(templates.notCovered(Map.of("topic", "Rust"))).isEqualTo("Nothing on Rust.");
        assertThat(templates.closestMatch(Map.of("answer", "X.")))
                .isEqualTo("The profile doesn't answer that directly. The closest it comes: X.");
    }

    @Test
    void should_answer_from_the_jars_prompts_when_run_away_from_the_project_folder() {
        // given the default folder, which does not exist where the jar runs
        ReplyTemplates templates = ReplyTemplates.load(prompts.resolve("prompts"), false);

        // then
        assertThat(templates.greeting(Map.of("name", "Ada Lovelace", "first_name", "Ada")))
                .startsWith("Hi! I answer questions about Ada Lovelace's professional profile");
    }

    @Test
    void should_name_a_prompts_folder_that_was_set_and_does_not_exist() {
        assertThatThrownBy(() -> ReplyTemplates.load(prompts.resolve("missing"), true))
                .isInstanceOf(Template.TemplateException.class)
                .hasMessageContaining(prompts.resolve("missing")
                        .resolve(ReplyTemplates.NOT_COVERED)
                        .toString())
                .hasMessageContaining("PROMPTS_DIR");
    }

    @Test
    void should_refuse_a_template_without_its_required_placeholder() {
        assertThatThrownBy(() -> new ReplyTemplates(
                        "Nothing here.",
                        "Closest: {{answer}}",
                        "No {{detail}}, {{contact}}",
                        "Hello.",
                        "Busy: {{answer}}"))
                .isInstanceOf(Template.TemplateException.class)
                .hasMessageContaining(ReplyTemplates.NOT_COVERED)
                .hasMessageContaining("{{topic}}");
    }

    @Test
    void should_refuse_an_unknown_placeholder() {
        assertThatThrownBy(() -> new ReplyTemplates(
                        "No {{topic}}",
                        "Closest: {{answr}}{{answer}}",
                        "No {{detail}}, {{contact}}",
                        "Hello.",
                        "Busy: {{answer}}"))
                .isInstanceOf(Template.TemplateException.class)
                .hasMessageContaining(ReplyTemplates.CLOSEST_MATCH)
                .hasMessageContaining("{{answr}}");
    }

    @Test
    void should_fill_placeholders_with_replacement_characters_taken_literally() {
        ReplyTemplates templates = new ReplyTemplates(
                "No {{ topic }}.", "Closest: {{answer}}", "No {{detail}}, {{contact}}", "Hello.", "Busy: {{answer}}");

        assertThat(templates.notCovered(Map.of("topic", "$1 \\ C#"))).isEqualTo("No $1 \\ C#.");
    }
}
