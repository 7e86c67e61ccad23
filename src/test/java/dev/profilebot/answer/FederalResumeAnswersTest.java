package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a federal résumé from the USAJOBS builder: each agency over its street and duty station, the
 * dates, the post's grade, hours and series, then the title, the supervisor and the duties; asked about in a
 * conversation that points back at a post ("there").
 */
class FederalResumeAnswersTest {

    private static final String RESUME = """
            # Tamara J. Whitlock

            ## Work Experience

            Department of Veterans Affairs, Office of Information and Technology \s
            510 Butler Avenue \s
            Martinsburg, WV 25405 United States \s
            03/2021 - Present \s
            Grade Level: GS-12 \s
            Hours per week: 40 \s
            Series: 2210

            **IT Specialist (INFOSEC)**

            Supervisor: Gregory Halloran (304-555-0142) \s
            Okay to contact this Supervisor: Yes

            **Duties, Accomplishments and Related Skills:**

            Serve as a Tier 2 incident handler and watch lead in the VA Cybersecurity Operations Center (CSOC), which defends the VA enterprise network. \s
            Led the CSOC technical response to 14 major incidents, including the December 2021 Log4j vulnerability response, in which my team drove remediation of 1,200 affected servers within 21 days. \s
            Train and mentor 6 Tier 1 analysts, develop onboarding labs, and automate enrichment tasks with Python and PowerShell scripts. \s
            Recipient of the VA OIT Special Contribution Award (2022) for Log4j response.

            **Department of the Treasury, Internal Revenue Service, Information Technology**

            5000 Ellin Road \s
            Lanham, MD 20706 United States \s
            08/2018 - 03/2021 \s
            Grade Level: GS-11 \s
            Hours per week: 40 \s
            Series: 2210

            **IT Specialist (INFOSEC)**

            Supervisor: Patricia Nwosu (240-555-0163) \s
            Okay to contact this Supervisor: Yes

            **Duties, Accomplishments and Related Skills:**

            Performed vulnerability management and continuous monitoring for IRS Enterprise Security.

            Calvert Ridge Solutions, LLC \s
            9160 Red Branch Road \s
            Columbia, MD 21045 United States \s
            07/2016 - 08/2018 \s
            Hours per week: 40 \s
            Network Security Analyst \s
            Supervisor: Brian Castellano (410-555-0128) \s
            Okay to contact this Supervisor: Yes

            **Duties, Accomplishments and Related Skills:**

            Contractor supporting a Department of Defense customer's 24x7 Security Operations Center.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.md", RESUME, "she/her").answers();
    }

    @Test
    void should_answer_a_question_about_the_post_a_follow_up_points_at_with_the_duty_it_asks_about() {
        answers.answer(Question.in("c1", "Where does she work now?"));

        String answer = answers.answer(Question.in("c1", "How many analysts does she mentor there?"))
                .text();

        // not the post's grade and hours, which every sentence of the post shares its name with
        assertThat(answer).contains("mentor 6 Tier 1 analysts").doesNotContain("Hours per week");
    }

    @Test
    void should_name_the_agency_she_worked_for_before_the_one_she_works_for_now() {
        assertThat(answers.answer("Where did she work before Veterans Affairs?").text())
                .contains("Department of the Treasury, Internal Revenue Service");
    }
}
