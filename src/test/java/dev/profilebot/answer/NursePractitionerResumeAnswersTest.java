package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a nurse practitioner's résumé whose entries open with the employer and its dates, the title
 * on the line below ending in a step taken within the job ("Lead APP (since March 2024)", "Charge Nurse from June
 * 2018"): the step is no job of its own, and the employer's dates are the job's.
 */
class NursePractitionerResumeAnswersTest {

    private static final String RESUME = """
            # Renata Okafor, MSN, APRN, FNP-C

            ## Clinical Experience

            Birchwood Family Medicine, Cary, NC · May 2022 – Present

            Family Nurse Practitioner; Lead Advanced Practice Provider (since March 2024)

            - Carry a panel of ~1,500 patients and see 20–24 patients per day.

            Piedmont Regional Medical Center, Raleigh, NC · Aug 2016 – Jan 2020

            Registered Nurse, Cardiovascular ICU; Charge Nurse from June 2018

            - Cared for post-operative cardiac surgery patients in a 24-bed unit.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.md", RESUME, "she/her").answers();
    }

    @Test
    void should_give_the_employer_of_the_job_held_now_whose_title_ends_with_a_step() {
        assertThat(answers.answer("Where does she work now?").text())
                .contains("Birchwood Family Medicine")
                .doesNotContain("Piedmont");
    }

    @Test
    void should_tell_a_step_within_a_job_as_that_jobs() {
        assertThat(answers.answer("Has she ever worked as a charge nurse?").text())
                .contains("Piedmont Regional Medical Center")
                .doesNotContain("Birchwood");
    }

    @Test
    void should_give_the_employers_dates_for_a_job_whose_title_names_a_later_step() {
        assertThat(answers.answer("When did she start at Piedmont Regional Medical Center?")
                        .text())
                .contains("August 2016");
    }
}
