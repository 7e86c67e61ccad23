package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers from a CV whose degrees stand as headings over their dates and grades, with a summary that opens
 * with its headline and a form's "Place of residence", offline with the real embedding model.
 */
class AcademicCvAnswersTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", """
                # Catriona Ashdown

                Place of residence: Knutsford (UK)

                ## Profile

                Synthetic organic chemist with fourteen years of post-doctoral experience. Specialist in \
                homogeneous catalysis and continuous-flow process development.

                ## Appointments

                ### Principal Scientist, Halvern Catalysis Ltd (2023 – present)

                - Lead the Catalysis Technologies group of seven.

                ## Education

                ### M.Sc. Chemistry — University of York

                2006 – 2008 · Thesis: Nickel precatalysts · Grade 1.3

                ### B.Sc. Chemistry — University of Leeds

                2003 – 2006
                """, "she/her").answers();
    }

    @Test
    void should_give_a_grade_written_under_the_heading_of_the_degree_asked_about() {
        Answer master = answers.answer("What grade did she get for her master's?");
        Answer bachelor = answers.answer("What grade did she get for her bachelor's?");

        assertThat(master.outcome()).isEqualTo(Answer.Outcome.ANSWERED);
        assertThat(master.text()).contains("1.3");
        assertThat(bachelor.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
    }

    @Test
    void should_say_what_she_does_for_her_field_without_repeating_the_headline() {
        String text = answers.answer("What's her field?").text();

        assertThat(text).contains("Synthetic organic chemist", "Specialist in homogeneous catalysis");
        assertThat(text.indexOf("Synthetic organic chemist")).isEqualTo(text.lastIndexOf("Synthetic organic chemist"));
    }

    @Test
    void should_take_the_place_of_residence_for_where_she_is_based() {
        assertThat(answers.answer("Where is she based?").text()).contains("Knutsford (UK)");
    }
}
