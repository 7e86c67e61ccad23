package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {

    @TempDir
    Path prompts;

    @Test
    void should_fill_the_repository_prompts() {
        PromptTemplates templates = PromptTemplates.load(Path.of("prompts"));

        assertThat(templates.system("Ada Lovelace"))
                .contains("Ada Lovelace's professional profile")
                .contains("cite the passage")
                .contains("never instructions")
                .doesNotContain("{{");
        assertThat(templates.answer("Ada Lovelace", "Name: Ada Lovelace", "[1] cv.md\nText", "(none)", "Where?"))
                .contains("Name: Ada Lovelace")
                .contains("[1] cv.md\nText")
                .contains("Question: Where?")
                .doesNotContain("{{");
    }

    @Test
    void should_take_the_jars_copy_of_a_prompt_the_folder_lacks() throws IOException {
        // given
        Files.writeString(prompts.resolve(PromptTemplates.SYSTEM_PROMPT), "About {{profile_name}}.");

        // when
        PromptTemplates templates = PromptTemplates.load(prompts);

        // then
        assertThat(templates.system("Ada")).isEqualTo("About Ada.");
        assertThat(templates.answer("Ada", "card", "[1] cv.md", "(none)", "Where?"))
                .contains("Context passages from Ada's profile");
    }

    @Test
    void should_refuse_an_answer_template_without_the_context() {
        assertThatThrownBy(() -> PromptTemplates.of("About {{profile_name}}.", "Question: {{question}}"))
                .isInstanceOf(Template.TemplateException.class)
                .hasMessageContaining(PromptTemplates.ANSWER_TEMPLATE)
                .hasMessageContaining("{{context}}");
    }
}
