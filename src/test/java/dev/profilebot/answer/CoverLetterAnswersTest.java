package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a CV with no summary, a volunteering entry and a year of birth, beside a
 * cover letter to a company the person is applying to: no "yes" to a job there, the letter's date
 * no job, the year of birth no answer to "how old", and the volunteering keeps its organization.
 */
class CoverLetterAnswersTest {

    private static final String CV = """
            Joanna Whitcombe
            Born 1990 – Pontypridd · joanna.whitcombe@example.com

            CAREER HISTORY

            Aire & Wharfe Logistics Ltd, Wakefield · Apr. 2022 – Present
            Finance Business Partner – Operations
            · Partner the Operations Director and nine site general managers.

            Calder Packaging Group, Halifax · Sep. 2012 – Mar. 2022
            Management Accountant
            · Standard costing for the corrugated and folding-carton lines.

            VOLUNTEERING

            Lothian Digital Inclusion Network · Mar 2017 – Dec 2021
            Volunteer Usability Mentor (unpaid) · Edinburgh
            · Ran monthly drop-in sessions helping older adults use online public services.

            References available on request.
            """;

    private static final String LETTER = """
            Joanna Whitcombe

            14 November 2026

            Ms Rachel Dunmore
            Head of Finance
            Thornbury Vale Dairies Ltd

            Dear Ms Dunmore,

            I am writing to apply for the FP&A Manager role at Thornbury Vale Dairies. I have always wanted
            to get back into FMCG manufacturing.

            Yours sincerely,
            Joanna Whitcombe
            """;

    @TempDir
    static Path folder;

    private static Application application;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("cover-letter.txt"), LETTER);
        application = TestApplication.over(folder, "cv.txt", CV, "she/her");
    }

    private static Answer ask(String question) {
        return application.answers().answer(question);
    }

    @Test
    void should_not_say_yes_to_a_job_at_the_company_she_is_applying_to() {
        // the letter's words, not a "Yes." its naming the company would give
        assertThat(ask("Has she ever worked at Thornbury Vale Dairies?").text())
                .doesNotStartWith("Yes")
                .contains("writing to apply for the FP&A Manager role at Thornbury Vale Dairies");
    }

    @Test
    void should_give_a_volunteering_entry_with_its_organization_and_dates() {
        Answer answer = ask("Does she do any volunteering?");

        assertThat(answer.text())
                .contains("Lothian Digital Inclusion Network · Mar 2017 – Dec 2021", "drop-in sessions")
                .doesNotContain("References available");
    }

    @Test
    void should_answer_who_she_is_without_a_jobs_duties_when_nothing_introduces_her() {
        Answer answer = ask("Who is she?");

        assertThat(answer.text())
                .isEqualTo("Joanna Whitcombe currently works at Aire & Wharfe Logistics Ltd as Finance Business"
                        + " Partner – Operations (since April 2022).");
        assertThat(answer.sources()).hasSize(1);
    }

    @Test
    void should_keep_a_year_of_birth_to_itself() {
        assertThat(ask("How old is she?").text()).doesNotContain("1990", "Pontypridd");
        assertThat(ask("Where was she born?").text()).doesNotContain("Pontypridd");
    }
}
