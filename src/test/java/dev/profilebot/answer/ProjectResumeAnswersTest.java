package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on an Indian IT-services résumé: under each employer, projects of labelled lines ("Project
 * Name:", "Client:", "Team Size:", "Duration:") and their responsibilities.
 */
class ProjectResumeAnswersTest {

    private static final String CV = """
            # Sneha Deshpande

            ## WORK EXPERIENCE

            **Zentrix Systems India Pvt. Ltd., Hyderabad · Mar 2024 – Present**

            **Project Name: Payment Reconciliation Platform (PRP)**

            Client: Aldermoor Bank N.V., Netherlands \\s
            Role: Lead Software Engineer (Backend) \\s
            Team Size: 11

            Duration: Sep 2024 – Till Date \\s
            Environment: Java 17, Spring Boot 3, Apache Kafka, PostgreSQL, Redis

            **Responsibilities:**

            - Designed the rule-based reconciliation engine matching around 2.4 million transactions per day.

            **Trivanta Software Solutions Pvt. Ltd., Pune · Jan 2020 – Feb 2024**

            **Project Name: ClaimEase – Claims Processing Portal**

            Client: Meridian Mutual Health Insurance, USA \\s
            Role: Software Engineer

            Team Size: 8 \\s
            Duration: Oct 2020 – Feb 2024 \\s
            Environment: Java 8, Spring MVC, Hibernate, Oracle 12c

            **Responsibilities:**

            - Developed modules for claim intake, adjudication rules and Explanation of Benefits (EOB) PDF generation.
            - Wrote more than 400 JUnit and Mockito test cases and increased code coverage from 41% to 78%.
            - Optimised Oracle PL/SQL stored procedures, reducing the daily claims batch time by 30%.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.md", CV, "she/her").answers();
    }

    @Test
    void should_add_the_projects_line_that_holds_what_is_asked_to_the_line_naming_the_project() {
        String answer = answers.answer("What code coverage did she achieve on the ClaimEase project?")
                .text();

        assertThat(answer).contains("78%");
    }

    @Test
    void should_give_the_team_size_of_the_project_named() {
        String answer = answers.answer("What was the team size on the Payment Reconciliation Platform project?")
                .text();

        assertThat(answer).contains("Team Size: 11").doesNotContain("Team Size: 8");
    }
}
