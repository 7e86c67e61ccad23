package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a PhD candidate's job-market CV, the doctorate expected next year: who she
 * is says so, and "when will she finish?" gives the expected date; her website is the bare name
 * of a site in the header.
 */
class PhdCandidateAnswersTest {

    private static final int NEXT_YEAR = Year.now().getValue() + 1;

    private static final String CV = """
            # Clara Westergaard

            Harcourt University · Albany, NY · clarawestergaard.github.io · cwestergaard@harcourt.edu

            ## Education

            Ph.D. in Economics, Harcourt University · expected June %d

            M.Sc. in Economics, University of Copenhagen · 2019

            ## Research Experience

            Research Assistant to Prof. Helen Marsh-Whitfield, Harcourt University · 2023 – present

            ## Prior Employment

            Senior Research Analyst, Economic Research Department, Nordmark Central Bank · Sep 2020 – Aug 2021
            """.formatted(NEXT_YEAR);

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "she/her").answers();
    }

    @Test
    void should_say_who_she_is_with_the_doctorate_under_way_and_not_the_education_lines() {
        assertThat(answers.answer("Who is she?").text())
                .contains(
                        "Studying for her Ph.D. in Economics at Harcourt University (expected June " + NEXT_YEAR + ")")
                .doesNotContain("M.Sc.");
    }

    @Test
    void should_give_the_expected_end_of_the_degree_under_way() {
        assertThat(answers.answer("When will she finish?").text())
                .isEqualTo(
                        "Clara is studying for her Ph.D. in Economics at Harcourt University, expected to finish in June "
                                + NEXT_YEAR + ".");
        assertThat(answers.answer("Is she still studying?").text()).contains("expected to finish in June " + NEXT_YEAR);
        assertThat(answers.answer("Is she studying anything at the moment?").text())
                .contains("expected to finish in June " + NEXT_YEAR);
        // a role named for students is no question about her studies
        assertThat(answers.answer("Is she a student ambassador?").text()).doesNotContain("expected to finish");
    }

    @Test
    void should_give_the_employer_after_its_department_and_the_website_named_in_the_header() {
        assertThat(answers.answer("Where did she work before the PhD?").text()).contains("Nordmark Central Bank");
        assertThat(answers.answer("Does she have a personal website?").text())
                .contains("https://clarawestergaard.github.io");
    }
}
