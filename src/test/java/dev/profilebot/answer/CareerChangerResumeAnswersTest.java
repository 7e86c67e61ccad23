package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a career changer's functional résumé: a name followed by letters with dots, a short
 * employment history whose employers' names say their sector, and two teaching posts one after the other.
 */
class CareerChangerResumeAnswersTest {

    private static final String RESUME = """
            # Marisa J. Lindqvist, M.Ed., CPTD

            Instructional Designer | Former High School Science Teacher

            ## Employment History

            - Senior Instructional Designer, Halvorsen Health Systems, Columbus, OH · 04/2022 – Present
            - Instructional Designer, Buckeye Mutual Insurance Group, Columbus, OH · 08/2019 – 03/2022
            - Science Teacher, Delmont Valley High School, Delaware, OH · 08/2014 – 06/2019
            - Chemistry Teacher, Marion Creek High School, Marion, OH · 08/2010 – 06/2014
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.md", RESUME, "she/her").answers();
    }

    @Test
    void should_call_her_by_her_name_without_her_letters() {
        assertThat(answers.answer("Where does she work now?").text()).startsWith("Marisa ");
    }

    @Test
    void should_name_the_jobs_at_employers_of_the_sector_asked_about() {
        assertThat(answers.answer("Has she done any work in healthcare?").text())
                .startsWith("Yes")
                .contains("Halvorsen Health Systems")
                .doesNotContain("Buckeye");
        assertThat(answers.answer("Has she worked in insurance?").text()).contains("Buckeye Mutual Insurance Group");
    }

    @Test
    void should_give_the_end_of_the_last_teaching_post_for_when_she_stopped_teaching() {
        assertThat(answers.answer("In what year did she stop working as a schoolteacher?")
                        .text())
                .contains("June 2019");
    }
}
