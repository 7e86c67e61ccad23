package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a pharmacist's résumé pasted out of an e-mail: wrapped at 72 characters, each entry's
 * employer on a line over its title and the dates set in a column at the title's right, two jobs held at once,
 * and two employers whose names share the word "Pharmacy".
 */
class PharmacistEmailResumeAnswersTest {

    private static final String RESUME = """
            DANA R. OKONKWO, PharmD
            4471 Prairie Ridge Drive, Middleton, WI 53562
            Cell: (608) 555-0199  |  Email: dana.okonkwo.rph@example.com


            PROFESSIONAL EXPERIENCE
            =======================

            UW Health University Hospital - Madison, Madison, WI
            Clinical Pharmacist, Critical Care                   08/2020 - Present
              * Round daily with the surgical ICU team covering 24 beds; provide
                dosing recommendations with an acceptance rate of 92%
              * Member of the Pharmacy & Therapeutics Committee (2021 - Present)
                and the sedation stewardship workgroup

            Meijer Pharmacy, Madison, WI
            Pharmacist (Part-Time, Evenings)                     03/2021 - Present
              * Staff two evening shifts a week at a store filling ~300
                prescriptions per day

            Froedtert Pharmacy, Milwaukee, WI
            Pharmacy Intern                                      05/2016 - 05/2019
              * Counseled patients and processed prior authorizations


            EDUCATION
            =========

            Medical College of Wisconsin School of Pharmacy, Milwaukee, WI
            Doctor of Pharmacy (PharmD)                          08/2016 - 05/2020
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.txt", RESUME, "she/her").answers();
    }

    @Test
    void should_read_the_title_under_an_employer_line_as_wide_as_a_wrapped_one() {
        assertThat(answers.answer("What is her current job title?").text())
                .contains("Clinical Pharmacist, Critical Care at UW Health University Hospital")
                .doesNotContain("Madison, Madison");
    }

    @Test
    void should_keep_what_is_left_of_a_bracket_once_part_time_is_taken_out() {
        assertThat(answers.answer("What does she do at Meijer?").text())
                .contains("Pharmacist (Evenings)")
                .doesNotContain("(,");
    }

    @Test
    void should_give_the_town_of_a_street_whose_name_ends_in_another_street_word() {
        assertThat(answers.answer("Where is she based?").text())
                .contains("Middleton, WI")
                .doesNotContain("Drive")
                .doesNotContain("Ridge");
    }

    @Test
    void should_not_give_a_committee_named_for_pharmacy_to_another_pharmacy_employer() {
        assertThat(answers.answer("Which committee is she a member of?").text())
                .contains("Pharmacy & Therapeutics Committee")
                .doesNotContain("Froedtert")
                .doesNotContain("Meijer");
    }
}
