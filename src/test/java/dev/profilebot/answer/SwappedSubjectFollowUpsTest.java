package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up that swaps the subject ("What about her master's?") asks the question it swaps it into, even past
 * a question between that only points back ("Who supervised it?").
 */
class SwappedSubjectFollowUpsTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", """
                # Dr Morwenna Tallis

                ## Academic Appointments

                2021–present · Lecturer in Marine Biology, School of Ocean Sciences, Bangor University

                ## Education

                2016–20 · PhD in Marine Ecology, University of Plymouth \\
                Supervisor: Prof. Alun Carrick

                2015–16 · MSc Marine Conservation, University of Exeter – Distinction

                2012–15 · BSc Biology, Cardiff University – First Class Honours
                """, "she/her").answers();
    }

    @Test
    void should_answer_where_she_did_her_masters_after_her_phd_and_its_supervisor() {
        String conversation = "degrees";
        answers.answer(Question.in(conversation, "Where did she do her PhD?"));
        answers.answer(Question.in(conversation, "Who supervised it?"));
        String text = answers.answer(Question.in(conversation, "What about her master's?"))
                .text();

        assertThat(text).contains("University of Exeter").doesNotContain("Plymouth");
    }
}
