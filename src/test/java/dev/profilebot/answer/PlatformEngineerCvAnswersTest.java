package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a platform engineer's CV of a designed LaTeX template, as its PDF reads: each entry the
 * employer and its town over the position in small capitals and the dates; degrees in small capitals too ("M.SC. IN
 * COMPUTER SCIENCE ENGINEERING"), a student job held during them.
 */
class PlatformEngineerCvAnswersTest {

    private static final String CV = """
            # Noor Vandenberghe

            # Experience

            Bolwerk Payments B.V. · Amsterdam, The Netherlands \\s
            SENIOR PLATFORM ENGINEER · Mar. 2022 – Present

            - Led the migration of 140 microservices to Amazon EKS across 3 AWS regions.

            Nordhaven Logistics · Rotterdam, The Netherlands \\s
            DEVOPS ENGINEER · Sep. 2019 – Feb. 2022

            - Migrated 220 build pipelines from Jenkins to GitLab CI; average build-and-deploy time dropped from 45 \
            to 8 minutes.
            - Operated a 9-broker Apache Kafka cluster on Kubernetes (Strimzi).

            Hostiq BVBA · Ghent, Belgium \\s
            LINUX ADMINISTRATOR (STUDENT JOB, PART-TIME) · Oct. 2014 – Jun. 2016

            - Supported a shared-hosting platform of about 18,000 websites.

            # Education

            Ghent University · Ghent, Belgium \\s
            M.SC. IN COMPUTER SCIENCE ENGINEERING · Sep. 2014 – Jun. 2016

            - Graduated magna cum laude.

            Ghent University · Ghent, Belgium \\s
            B.SC. IN ENGINEERING (COMPUTER SCIENCE) · Sep. 2011 – Jun. 2014
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "she/her").answers();
    }

    @Test
    void should_read_a_degree_set_in_small_capitals() {
        String answer =
                answers.answer("When did she complete her master's degree?").text();

        assertThat(answer).contains("COMPUTER SCIENCE ENGINEERING").contains("2016");
    }

    @Test
    void should_answer_where_alone_after_what_she_studied_with_the_university() {
        answers.answer(Question.in("c1", "What did she study?"));

        String answer = answers.answer(Question.in("c1", "Where?")).text();

        assertThat(answer).contains("Ghent University");
    }

    @Test
    void should_name_the_job_she_held_while_she_was_studying() {
        String answer = answers.answer("Did she work while she was studying?").text();

        assertThat(answer).contains("Hostiq BVBA").doesNotContain("..");
    }

    @Test
    void should_answer_how_much_faster_builds_got_after_she_moved_the_pipelines_not_what_came_after_the_job() {
        String answer = answers.answer(
                        "How much faster did builds and deploys get after she moved Nordhaven's pipelines to GitLab CI?")
                .text();

        assertThat(answer).contains("45 to 8 minutes");
    }
}
