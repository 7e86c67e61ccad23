package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a Québec engineer's English CV: the licence letters after the name ("ing., P.Eng."), a
 * Québec street address, each entry's dates before its employer and the title on the line below, a co-op work
 * term, a firm known by the initials in brackets after its name, and a school named "Polytechnique".
 */
class QuebecEngineerCvAnswersTest {

    private static final String CV = """
            # Étienne Lapointe, ing., P.Eng.

            Civil Engineer | Ingénieur civil

            1290, rue Saint-Denis, app. 4, Montréal (Québec) H2X 3J6 · etienne.lapointe@example.com

            ## Professional Experience

            2018 – present · Groupe Tremblay Gagnon Associés inc. (TGA), Québec, QC

            Project Engineer – Water Infrastructure

            Designed the renewal of 14 km of water mains for three municipalities.

            2013 – 2018 · Voirie Boréale ltée, Lévis, QC

            Junior Engineer

            Prepared road rehabilitation plans and quantity take-offs.

            Jan – Aug 2010 · Béton Saguenay inc., Chicoutimi, QC

            Engineering Intern – Co-op Placement (Polytechnique Montréal co-op program)

            Eight-month co-op work term: concrete testing and daily site reports.

            ## Education

            2007 – 2011 · Polytechnique Montréal, Montréal, QC

            Bachelor of Engineering (B.Ing.), Civil Engineering
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "he/him").answers();
    }

    @Test
    void should_read_the_name_without_an_engineers_licence_letters() {
        assertThat(answers.answer("Where did he study?").text()).startsWith("Étienne's education");
    }

    @Test
    void should_give_the_school_named_polytechnique() {
        assertThat(answers.answer("Where did he study?").text()).contains("Polytechnique Montréal");
    }

    @Test
    void should_give_the_town_of_a_quebec_street_address_and_withhold_the_flat() {
        assertThat(answers.answer("Where is he based?").text())
                .contains("Montréal (Québec)")
                .doesNotContain("Saint-Denis")
                .doesNotContain("app. 4");
    }

    @Test
    void should_step_back_from_a_firm_named_by_its_initials() {
        assertThat(answers.answer("Where did he work before TGA?").text()).contains("Voirie Boréale");
    }

    @Test
    void should_read_a_co_op_placement_as_the_title_held_there() {
        assertThat(answers.answer("What was his first job?").text())
                .contains(
                        "Engineering Intern – Co-op Placement (Polytechnique Montréal co-op program) at Béton Saguenay");
    }
}
