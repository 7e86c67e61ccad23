package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a résumé downloaded from an Indeed profile: each job a bold title, then "Company - City,
 * State" (a legal form after the name's comma: "Meridian Trace Engineering, LLC"), then "Month YYYY to Month
 * YYYY"; a university's campus named with "at", a Mexican company's "S.A. de C.V." and its state's letters
 * ("Monterrey, N.L."), a grade's numeral in a title ("Civil Engineer I (EIT)").
 */
class IndeedResumeAnswersTest {

    private static final String CV = """
            # Adriana Villarreal

            ### Senior Project Engineer, P.E. - Land Development & Drainage

            Licensed Professional Engineer (Texas) with 11+ years of experience in drainage and roadway design, from \
            field work in Mexico to municipal projects in Central and South Texas.

            ## Work Experience

            **Senior Project Engineer**

            Meridian Trace Engineering, LLC - San Antonio, TX

            September 2022 to Present

            - Lead a team of 6 engineers and designers; review and seal construction plans.

            **Transportation Design Engineer**

            Carvell & Haynes Engineering - Austin, TX

            April 2020 to August 2022

            - Obtained Texas P.E. license in March 2021 while at Carvell & Haynes.

            **Civil Engineer I (EIT)**

            Brazos Ridge Engineering, Inc. - San Antonio, TX

            June 2017 to March 2020

            - Designed 14 single-family subdivisions totaling more than 1,900 residential lots.

            **Graduate Research Assistant**

            The University of Texas at San Antonio - San Antonio, TX

            September 2015 to May 2017 \s
            Research on the hydrologic performance of permeable pavements over karst terrain.

            **Ingeniero de Proyecto / Project Engineer**

            Constructora e Ingeniería del Norte, S.A. de C.V. - Monterrey, N.L.

            July 2013 to July 2015

            - Supervised construction of a 3.2 km widening of the Carretera a Colombia.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.md", CV, "she/her").answers();
    }

    @Test
    void should_name_the_firm_before_the_current_one_whose_legal_form_follows_a_comma() {
        String answer =
                answers.answer("Where did she work before Meridian Trace?").text();

        assertThat(answer).contains("Carvell & Haynes").contains("2020");
    }

    @Test
    void should_name_the_university_of_a_research_assistantship_named_with_at() {
        String answer = answers.answer("When did she start at the University of Texas at San Antonio?")
                .text();

        assertThat(answer).contains("The University of Texas at San Antonio").contains("September 2015");
    }

    @Test
    void should_give_her_first_employer_whole_with_its_mexican_legal_form_and_town() {
        String answer = answers.answer("What was her first job?").text();

        assertThat(answer)
                .contains("Constructora e Ingeniería del Norte, S.A. de C.V.")
                .contains("Monterrey")
                .doesNotContain("Brazos");
    }

    @Test
    void should_keep_a_grades_numeral_in_the_title() {
        String answer = answers.answer("What was her title at Brazos Ridge Engineering?")
                .text();

        assertThat(answer).contains("Civil Engineer I (EIT)");
    }

    @Test
    void should_not_take_a_states_name_in_the_question_for_the_university_she_worked_at() {
        String answer = answers.answer("When did she get her Texas PE license?").text();

        assertThat(answer).contains("March 2021").doesNotContain("Graduate Research Assistant");
    }
}
