package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on an Italian engineer's Europass CV: each entry's dates and title in capitals over the employer
 * or the university on the line below ("SUMMER JOB – TECHNICAL OFFICE ASSISTANT", "THESIS INTERNSHIP –
 * PERFORMANCE ENGINEERING", "LAUREA MAGISTRALE (MSc) IN ENERGY ENGINEERING"), and a referee's e-mail beside his
 * name.
 */
class EuropassCvAnswersTest {

    private static final String CV = """
            # Giulia Ferretti

            Via Padova 12, 20127 Milano (Italy) · giulia.ferretti.eng@gmail.com

            ## WORK EXPERIENCE

            ### 01/03/2019 – CURRENT · SENIOR ENERGY ENGINEER

            Lumenergia Servizi S.r.l. – Milan, Italy

            - Responsible of the energy audits team (4 engineers).

            ### 01/09/2016 – 28/02/2019 · ENERGY ANALYST

            Studio Tecnico Galbiati & Associati – Bergamo, Italy

            - Energy performance certificates for over 120 buildings.

            ### 01/02/2016 – 30/06/2016 · THESIS INTERNSHIP – PERFORMANCE ENGINEERING

            Turbine Adriatiche S.p.A. – Genoa, Italy

            - Part-load modelling of small gas turbines in MATLAB.

            ### 07/2012 – 09/2012 · SUMMER JOB – TECHNICAL OFFICE ASSISTANT

            Fonderie Seriane S.p.A. – Bergamo, Italy

            - Updating of technical drawings in AutoCAD.

            ## EDUCATION AND TRAINING

            ### 10/2013 – 21/07/2016 · LAUREA MAGISTRALE (MSc) IN ENERGY ENGINEERING

            Politecnico di Milano – Milan, Italy

            ### 09/2010 – 10/2013 · LAUREA TRIENNALE (BSc) IN MECHANICAL ENGINEERING

            Università degli Studi di Bergamo – Dalmine (BG), Italy

            ## REFERENCES

            Ing. Marco Galbiati, partner, Studio Tecnico Galbiati & Associati – m.galbiati@studiogalbiati.it
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "she/her").answers();
    }

    @Test
    void should_name_the_technical_office_she_worked_for_before_her_current_employer() {
        assertThat(answers.answer("Where did she work before Lumenergia?").text())
                .contains("Studio Tecnico Galbiati & Associati");
    }

    @Test
    void should_name_the_firm_below_a_title_that_names_a_team_and_a_summer_jobs_employer() {
        assertThat(answers.answer("Where did she do her internship?").text()).contains("Turbine Adriatiche");
        assertThat(answers.answer("What was her first job?").text())
                .contains("Fonderie Seriane")
                .contains("summer job");
    }

    @Test
    void should_read_an_italian_laurea_as_the_degree_of_its_level() {
        assertThat(answers.answer("Where did she do her masters?").text())
                .contains("Laurea Magistrale in Energy Engineering")
                .contains("Politecnico di Milano");
        assertThat(answers.answer("What's her bachelor's degree?").text())
                .contains("Mechanical Engineering")
                .doesNotContain("Politecnico");
    }

    @Test
    void should_not_give_a_referees_email_as_hers() {
        assertThat(answers.answer("What's her email?").text())
                .contains("giulia.ferretti.eng@gmail.com")
                .doesNotContain("galbiati@");
    }
}
