package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers to questions about the job held now ("right now", "at the moment") on a plain-text
 * résumé whose employer heads two titles: the current title's lines, not the one before it at the same
 * employer, nor another employer's.
 */
class CurrentJobQuestionsTest {

    private static final String RESUME = """
            DANA OKAFOR
            Memphis, TN

            PROFESSIONAL EXPERIENCE

            NORTHGATE DISTRIBUTION, INC. - Olive Branch, MS

            Distribution Center Operations Manager | 01/2021 to Present
            * Direct all inbound, outbound and returns operations on 3 shifts; lead 9 supervisors and 210 hourly associates.
            * Own a $12.5M annual operating budget.

            Inbound Operations Manager | 06/2018 to 12/2020
            * Managed receiving, put-away and yard for 150 inbound trailers per day with 3 supervisors and 65 associates.
            * Co-led the site WMS migration to Manhattan SCALE.

            RIVERBEND BEVERAGE COMPANY - Memphis, TN
            Logistics Supervisor | 03/2014 to 05/2018
            * Supervised 24 drivers and 11 warehouse loaders.
            * Reduced freight cost per case 12% by consolidating routes.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.txt", RESUME, "he/him").answers();
    }

    @Test
    void should_count_the_people_of_the_job_he_has_now() {
        String answer =
                answers.answer("How many people does he manage right now?").text();

        assertThat(answer)
                .contains("210 hourly associates")
                .doesNotContain("65 associates", "24 drivers", "doesn't answer that directly");
    }

    @Test
    void should_count_the_people_of_the_job_before_when_not_asked_about_now() {
        String answer = answers.answer("How many people did he manage as Inbound Operations Manager?")
                .text();

        assertThat(answer).contains("65 associates");
    }
}
