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
    void should_name_the_missing_file() throws IOException {
        Files.writeString(prompts.resolve(ReplyTemplates.NOT_COVERED), "Nothing on {{topic}}.");

        assertThatThrownBy(() -> ReplyTemplates.load(prompts))
                .isInstanceOf(Template.TemplateException.class)
                .hasMessageContaining(
                        prompts.resolve(ReplyTemplates.CLOSEST_MATCH).toString())
                .hasMessageContaining("PROMPTS_DIR");
    }

    @Test
    void should_refuse_a_template_without_its_required_placeholder() {
        assertThatThrownBy(() -> new ReplyTemplates(
                        "Nothing here.", "Closest: {{answer}}", "No {{detail}}, {{contact}}", "Hello."))
                .isInstanceOf(Template.TemplateException.class)
                .hasMessageContaining(ReplyTemplates.NOT_COVERED)
                .hasMessageContaining("{{topic}}");
    }

    @Test
    void should_refuse_an_unknown_placeholder() {
        assertThatThrownBy(() -> new ReplyTemplates(
                        "No {{topic}}", "Closest: {{answr}}{{answer}}", "No {{detail}}, {{contact}}", "Hello."))
                .isInstanceOf(Template.TemplateException.class)
                .hasMessageContaining(ReplyTemplates.CLOSEST_MATCH)
                .hasMessageContaining("{{answr}}");
    }

    @Test
    void should_fill_placeholders_with_replacement_characters_taken_literally() {
        ReplyTemplates templates =
                new ReplyTemplates("No {{ topic }}.", "Closest: {{answer}}", "No {{detail}}, {{contact}}", "Hello.");

        assertThat(templates.notCovered(Map.of("topic", "$1 \\ C#"))).isEqualTo("No $1 \\ C#.");
    }
}
