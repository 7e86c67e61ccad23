package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TopCV-style résumé as its PDF reads: a promotion's two titles run into one line, each with its dates, and a degree
 * whose dates the sidebar's layout lost.
 */
class TopCvResumeAnswersTest {

    @TempDir
    Path folder;

    private static final String CV = """
            # NGUYEN MINH KHOA

            ## WORK EXPERIENCE

            **03/2021 - Now**

            **ZaloPay (VNG Corporation)**

            Senior Backend Engineer – Wallet team (02/2023 - Now) Backend Engineer (03/2021 - 01/2023)

            - Design and maintain wallet microservices in Go processing ~2 million transactions per day.

            **05/2018 - 02/2021**

            **Shopee Vietnam**

            Backend Engineer

            - Built the order service in Java and Spring Boot.

            **06/2017 - 09/2017**

            **Axon Active Vietnam**

            Software Engineering Intern

            - Built an internal web app with Java Servlet/JSP.

            ## EDUCATION

            **University of Science (VNU-HCM)**

            Bachelor of Science in Computer Science
            """;

    @Test
    void should_date_the_start_at_the_employer_from_the_earlier_of_the_two_titles_on_one_line() throws IOException {
        AnswerService answers =
                TestApplication.over(folder, "cv.md", CV, "he/him").answers();

        assertThat(answers.answer("When did he join ZaloPay?").text()).contains("March 2021");
    }

    @Test
    void should_pass_over_an_internship_for_the_first_job_after_a_degree_with_no_dates() throws IOException {
        AnswerService answers =
                TestApplication.over(folder, "cv.md", CV, "he/him").answers();

        assertThat(answers.answer("What was his first job after graduating?").text())
                .contains("Shopee")
                .doesNotContain("Axon");
    }
}
