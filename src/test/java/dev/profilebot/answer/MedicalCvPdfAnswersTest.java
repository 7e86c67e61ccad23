package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.PdfDocuments;
import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a UK doctor's CV as a PDF: each post's hospital and trust on a line as wide as the page,
 * its supervisor on a labelled line below, and a "Management and Leadership" section of posts of responsibility
 * held beside the clinical ones.
 */
class MedicalCvPdfAnswersTest {

    private static final String CV = """
            # Dr Aoife Brennan

            ## CLINICAL POSTS

            **ST3 Emergency Medicine · Aug 2022 – Aug 2023**

            Wexford General Hospital Emergency Department and Trauma Unit, Ireland East Hospital Group
            Educational Supervisor: Dr Colm Hayes, Consultant in Emergency Medicine

            - Led the department's sepsis audit: antibiotics within one hour rose from 61% to 84%.

            **CT2 Acute Care Common Stem – Anaesthetics · Aug 2021 – Aug 2022**

            Tullamore Regional Hospital, Dublin Midlands Hospital Group
            Educational Supervisor: Dr Niall Byrne, Consultant Anaesthetist

            - Logged 120 general anaesthetics, including 30 rapid sequence inductions.

            ## MANAGEMENT AND LEADERSHIP

            - Rota co-ordinator, Wexford ED (Jan 2023 – Aug 2023): rota for 14 registrars.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.pdf", PdfDocuments.oneColumn(CV), "she/her")
                .answers();
    }

    @Test
    void should_read_the_hospital_of_a_post_whose_supervisor_is_on_the_labelled_line_below() {
        assertThat(answers.answer("When did she start at Wexford General Hospital?")
                        .text())
                .contains("August 2022");
    }

    @Test
    void should_not_name_a_section_on_leadership_as_an_employer() {
        assertThat(answers.answer("Where was she rota co-ordinator?").text())
                .contains("Wexford ED")
                .doesNotContainIgnoringCase("at Management and Leadership");
    }
}
