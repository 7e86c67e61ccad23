package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up after the first job, when a word of the question ("kitchen") names another post ("Head Chef & Kitchen
 * Manager"), offline with the real embedding model.
 */
class FirstJobFollowUpTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", """
                # Róisín Mulcahy

                ## Experience

                ### Head Chef & Kitchen Manager — Saltmarsh Brasserie, Dublin (Mar 2021 – Present)

                - Lead a brigade of 16 chefs and 5 kitchen porters.

                ### Sous Chef — Heron & Wren, Bath (Jun 2017 – Feb 2021)

                - Second-in-command of a 9-strong brigade.

                ### Commis Chef — The Mariner's Table, Cork (Sep 2011 – Mar 2014)

                - Started on larder and pastry in a 110-cover seafood restaurant.
                """, "she/her").answers();
    }

    @Test
    void should_answer_where_the_first_job_just_named_was() {
        assertThat(answers.answer(Question.in("c1", "What was her first job in a professional kitchen?"))
                        .text())
                .contains("Mariner");

        Answer answer = answers.answer(Question.in("c1", "Which city was it in?"));

        assertThat(answer.text()).contains("Cork").doesNotContain("Dublin");
    }
}
