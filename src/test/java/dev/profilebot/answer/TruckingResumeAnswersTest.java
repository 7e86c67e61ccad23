package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a driver's plain-text résumé with a chain of promotions at one carrier:
 * "his first job there" follows the conversation to that carrier, "dispatching" names the
 * Dispatcher role, and "the title now" is today's title.
 */
class TruckingResumeAnswersTest {

    private static final String RESUME = """
            DWAYNE R. HOLLISTER
            Cell: (417) 555-0148  |  dwayne.hollister@example.com

            PROFESSIONAL EXPERIENCE

            OZARK RIDGE FREIGHT LINES — Springfield, MO

            Transportation Supervisor | 03/2018 - Present
              - Supervise 42 drivers and 3 dispatchers on regional lanes

            Dispatcher | 10/2015 - 02/2018
              - Dispatched 60+ trucks a day in McLeod LoadMaster

            Regional Driver (CDL-A, Hazmat) | 05/2012 - 09/2015
              - Hazmat, tanker and dry van loads across MO, AR, OK and KS

            BEXLEY TRANSPORT INC. — Joplin, MO

            OTR Driver | 11/2009 - 04/2012
              - 48-state over-the-road, dry van and reefer

            U.S. ARMY — Fort Leonard Wood, MO / Fort Hood, TX

            Motor Transport Operator (MOS 88M), Sergeant (E-5) | 09/2003 - 09/2009
              - Line-haul and convoy operations, squad leader for 8 soldiers
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.txt", RESUME, "he/him").answers();
    }

    @Test
    void should_give_the_first_job_at_the_employer_the_conversation_is_about() {
        String conversation = "first-job-there";
        answers.answer(Question.in(conversation, "Where does Dwayne work now?"));

        assertThat(answers.answer(Question.in(conversation, "What was his first job there?"))
                        .text())
                .contains("Regional Driver", "Ozark Ridge Freight Lines", "May 2012")
                .doesNotContain("Bexley");
    }

    @Test
    void should_answer_a_question_about_military_service_from_the_role_in_the_army() {
        assertThat(answers.answer("Was he in the military?").text())
                .startsWith("Yes: Dwayne served as Motor Transport Operator")
                .contains("September 2003 to September 2009", "6 years");
        assertThat(answers.answer("How long did he serve?").text())
                .startsWith("Dwayne served as")
                .contains("6 years");
    }

    @Test
    void should_read_the_work_a_title_names_and_the_title_held_now() {
        assertThat(answers.answer("When did he start dispatching?").text()).contains("Dispatcher", "October 2015");
        assertThat(answers.answer("What's the title now?").text()).contains("Transportation Supervisor");
    }
}
