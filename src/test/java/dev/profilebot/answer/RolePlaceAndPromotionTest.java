package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a named role was, and whether she was promoted at the employer a conversation is about,
 * offline with the real embedding model.
 */
class RolePlaceAndPromotionTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", """
                # Tamsin Raeburn

                Edinburgh, Scotland, United Kingdom

                ## Experience

                ### Corrievale Energy, Edinburgh

                Lead Data Engineer, March 2024 – Present

                Data Engineer, March 2019 – February 2024

                ### Brackenlow Insurance Group, Glasgow

                Data Analyst, September 2014 – September 2016

                Graduate Data Analyst, September 2012 – August 2014

                ### Pellow Analytics, Austin, TX

                Data Intern, June 2011 – August 2011
                """, "she/her").answers();
    }

    @Test
    void should_give_the_town_of_the_role_named_not_where_she_lives_now() {
        assertThat(answers.answer("Which city was she based in at Brackenlow?").text())
                .isEqualTo(
                        "Tamsin worked at Brackenlow Insurance Group in Glasgow (September 2014 to September 2016).");
    }

    @Test
    void should_know_a_us_state_by_the_two_letters_written_after_a_town() {
        Answer texas = answers.answer("Has she ever worked in Texas?");

        assertThat(texas.text()).startsWith("Yes: Tamsin worked in Austin, TX at Pellow Analytics as Data Intern");
        assertThat(answers.answer("Has she worked in Oregon?").text())
                .startsWith("The profile doesn't say anything about Oregon.");
    }

    @Test
    void should_answer_whether_she_was_promoted_at_the_employer_the_conversation_is_about() {
        answers.answer(Question.in("promoted", "How long was she at Brackenlow?"));

        Answer promoted = answers.answer(Question.in("promoted", "Was she promoted there?"));

        assertThat(promoted.text())
                .isEqualTo("Tamsin joined Brackenlow Insurance Group as Graduate Data Analyst in September 2012 and was"
                        + " promoted to Data Analyst in September 2014.");
    }
}
