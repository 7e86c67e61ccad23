package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a pharmacist's Google Docs résumé: each job a heading of its title (and the clinic it is in)
 * with its dates, over the employer and its site; a bullet that dates flu seasons; students precepted for a degree.
 */
class HospitalPharmacistResumeAnswersTest {

    private static final String CV = """
            # Simran Dhillon

            ## PROFESSIONAL EXPERIENCE

            ### Clinical Pharmacist, Ambulatory Diabetes & Internal Medicine · Mar 2021 – Present

            William Osler Health System, Brampton Civic Hospital  ·  Brampton, ON

            - Run a pharmacist-led insulin start and titration clinic, seeing about 25 patients per week.
            - Precept 2–3 University of Toronto PharmD students per year on advanced rotations.

            ### Pharmacy Manager (Designated Manager) · Sept 2019 – Feb 2021

            Shoppers Drug Mart, Heartland Town Centre  ·  Mississauga, ON

            - Administered or oversaw 2,100 flu vaccinations in the 2020–21 season.

            ### Staff Pharmacist · Aug 2017 – Aug 2019

            Shoppers Drug Mart  ·  Brampton, ON

            - Gave 900+ flu shots over the 2017–18 and 2018–19 seasons.

            ## EDUCATION

            ### Doctor of Pharmacy (PharmD) · 2012 – 2016

            Leslie Dan Faculty of Pharmacy, University of Toronto  ·  Toronto, ON
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.md", CV, "she/her").answers();
    }

    @Test
    void should_name_the_health_system_under_the_heading_not_the_clinic_in_it() {
        String answer = answers.answer("Where does Simran work now?").text();

        assertThat(answer).contains("William Osler Health System");
    }

    @Test
    void should_name_the_store_under_the_heading_of_her_manager_post() {
        String answer =
                answers.answer("Where did she work before William Osler?").text();

        assertThat(answer).contains("Shoppers Drug Mart").contains("Pharmacy Manager");
    }

    @Test
    void should_not_take_a_bullet_dating_flu_seasons_for_a_job() {
        String answer = answers.answer("What was her first job?").text();

        assertThat(answer)
                .contains("Staff Pharmacist")
                .contains("Shoppers Drug Mart")
                .doesNotContain("flu shots");
    }

    @Test
    void should_not_take_students_precepted_for_a_degree_she_holds() {
        String answer = answers.answer("Where did she get her PharmD?").text();

        assertThat(answer).contains("University of Toronto").contains("2016").doesNotContain("students");
    }
}
