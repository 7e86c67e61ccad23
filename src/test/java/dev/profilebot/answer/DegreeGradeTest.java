package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A degree's grade, offline with the real embedding model: given when the line of that degree
 * gives one, admitted as not said when only another degree's line does.
 */
class DegreeGradeTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", """
                # Femke Oosterhuis

                ## Experience

                ### Senior Reviser, TransPolder Language Services (2015 – 2017)

                - Revised EN>NL translations and coached junior translators.

                ## Education

                - MA in Translation, Utrecht University, 2010 – 2011, cum laude
                - BA in English Language and Culture, Radboud University Nijmegen, 2007 – 2010
                - Legal Practice Course (LPC), The University of Law, 2011 – 2012

                ## Teaching

                - Supervised BSc honours projects: 15
                """, "she/her").answers();
    }

    @Test
    void should_give_the_grade_the_line_of_the_degree_asked_about_gives() {
        assertThat(answers.answer("What grade did she get for her master's?").text())
                .contains("cum laude");
    }

    @Test
    void should_admit_a_grade_only_another_degrees_line_gives() {
        Answer bachelor = answers.answer("What grade did she get for her bachelor's degree?");
        Answer classification = answers.answer("What classification did she get for her BA?");

        assertThat(bachelor.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(bachelor.text()).startsWith("The profile doesn't say anything about the grade of that degree.");
        assertThat(classification.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(answers.answer("What grade did she get on the LPC?").outcome())
                .isEqualTo(Answer.Outcome.NOT_COVERED);
    }
}
