package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers from a developer's notes for recruiters, whose list of what she would turn down is headed "Probably not
 * a fit", offline with the real embedding model.
 */
class RecruiterNotesAnswersTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "notes.md", """
                # Amara Ndiaye

                Senior frontend developer at Loonie Labs in Toronto since 2021.

                ## What I'm looking for next

                - Senior or Staff Frontend roles where accessibility is a real part of the job.
                - Product companies with a design team I can work closely with.
                - Remote or hybrid, in Toronto, no more than 2 days a week in the office.

                ### Probably not a fit

                - Crypto / web3, gambling or sports betting, and ad-tech.
                - Pure backend roles.

                ## FAQ

                **Would you manage a team?**
                I'm open to tech lead roles, but I don't want a role that's mostly 1:1s and headcount planning.

                **Do you do backend work?**
                Some. I'm comfortable writing Node/Express layers, but I'm a frontend specialist.

                **Which companies have you worked with?**
                Product companies and agencies, from ten-person studios to a media group.
                """, "she/her").answers();
    }

    @Test
    void should_answer_what_she_would_turn_down_from_her_list_of_what_is_not_a_fit() {
        Answer answer = answers.answer("What kinds of companies is she not interested in?");

        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.ANSWERED);
        assertThat(answer.text()).contains("Crypto / web3, gambling or sports betting, and ad-tech");
    }
}
