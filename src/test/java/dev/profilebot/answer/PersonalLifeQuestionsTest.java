package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Is he married?", "Does he have kids?": the person's private life is declined, even when a line written for
 * another question ("my wife and I just bought a flat") comes close to answering it; the questions it was written
 * for still find it.
 */
class PersonalLifeQuestionsTest {

    @TempDir
    Path folder;

    private static final String FAQ = """
            # FAQ for recruiters

            **Q: Are you open to relocation?**

            A: No. I'm not relocating — my wife and I just bought a flat near Cluj, so that's off the table for now.

            **Q: Which contract types work for you?**

            A: Both B2B and a standard employment contract are fine.

            ## Experience

            ### Endava — QA Automation Engineer

            *Feb 2021 – present · Cluj-Napoca*
            """;

    @Test
    void should_decline_questions_about_marriage_and_children_without_quoting_the_faq() throws IOException {
        AnswerService answers =
                TestApplication.over(folder, "faq.md", FAQ, "he/him").answers();

        for (String question : new String[] {"Is he married?", "Does he have kids?", "What's his marital status?"}) {
            Answer answer = answers.answer(question);
            assertThat(answer.text()).as(question).doesNotContainIgnoringCase("wife");
            assertThat(answer.text()).as(question).containsIgnoringCase("private");
        }
    }

    @Test
    void should_still_answer_the_question_the_line_was_written_for() throws IOException {
        AnswerService answers =
                TestApplication.over(folder, "faq.md", FAQ, "he/him").answers();

        assertThat(answers.answer("Would he relocate?").text()).containsIgnoringCase("not relocating");
    }
}
