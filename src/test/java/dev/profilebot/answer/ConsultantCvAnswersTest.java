package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a UK consultant's CV: appointments dated over their trusts, a seat on a committee dated in a
 * registrar post's bullets.
 */
class ConsultantCvAnswersTest {

    private static final String CV = """
            # Dr Niamh Gallagher

            ## Current Appointment

            Sept 2019 – present · Consultant Respiratory Physician (10 PAs, substantive)

            Leeds Teaching Hospitals NHS Trust – St James’s University Hospital, Leeds

            - Two EBUS-TBNA lists per week.

            ## Previous Appointments

            Aug 2015 – Aug 2019 · Specialty Registrar (ST5–ST7), Respiratory and General Internal Medicine

            Health Education Yorkshire and the Humber (inter-deanery transfer) – Leeds General Infirmary, Bradford \\
            Royal Infirmary, St James’s University Hospital

            - Performed 112 EBUS-TBNA procedures (supervised).
            - Trainee representative on the Regional Respiratory Specialty Training Committee, 2017–2019.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "she/her").answers();
    }

    @Test
    void should_give_the_registrar_post_before_the_consultant_one_not_a_committee_seat() {
        String answer = answers.answer("Where did she work before becoming a consultant?")
                .text();

        assertThat(answer).contains("Specialty Registrar").contains("Health Education Yorkshire and the Humber");
    }

    @Test
    void should_name_the_hospital_she_works_at_for_which_hospital_she_is_based_at() {
        String answer = answers.answer("Which hospital is she based at?").text();

        assertThat(answer).contains("St James’s University Hospital");
    }
}
