package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on an Australian pharmacist's plain-text CV: her referees by name and post, their
 * phones and e-mails withheld; her career objective as the words that introduce her; "email
 * marketing" as work, not a request for her address; no "yes" when the answer says it lapsed; when
 * she finished each of the two degrees an answer named.
 */
class PharmacistCvAnswersTest {

    private static final String CV = """
            SIOBHAN TREVALLION
            Deputy Director of Pharmacy

            Mobile:    0491 570 156
            Email:     siobhan.trevallion@example.com
            Working With Children Check:  WWC1842736E (expires 2029)

            CAREER OBJECTIVE
            ----------------
            Experienced hospital pharmacist with 16 years in public, private and regional hospital
            pharmacy, seeking a Director of Pharmacy position.

            EMPLOYMENT HISTORY
            ------------------
            Deputy Director of Pharmacy — Carrington Bay Hospital, Gosford NSW (Jul 2023 – Current)
            - Lead a team of 24 pharmacists and technicians
            - Ran the email marketing of the outpatient pharmacy's vaccination clinic in Mailchimp
            - Moved the dispensary to Fred Dispense so no paper charts reached the wards

            Senior Pharmacist — Lachlan Heights Private Hospital, Sydney NSW (Feb 2016 – Jun 2023)
            - Medication safety lead

            SKILLS
            ------
            Software: Fred Dispense, Mailchimp, Excel
            Security clearance: NPPV (granted 2017, lapsed 2022). Not currently cleared.

            EDUCATION
            ---------
            Master of Clinical Pharmacy
              Harbour City University, Sydney — 2014 – 2016 (part-time)

            Bachelor of Pharmacy (Honours Class I)
              University of the Blue Mountains, Katoomba NSW — 2006 – 2009

            REFEREES
            --------
            Dr Graham Pettifer
            Director of Pharmacy, Lachlan Heights Private Hospital
            Ph: 0491 571 266
            Email: g.pettifer@lachlanheights.example

            Ms Anjali Ramaswamy
            Nurse Unit Manager, Oncology Day Unit, Lachlan Heights Private Hospital
            Ph: (02) 5550 3471 (work)  /  0491 578 148 (mobile)
            Email: anjali.ramaswamy@lachlanheights.example
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.txt", CV, "she/her").answers();
    }

    @Test
    void should_not_answer_what_she_did_with_a_referees_post_unless_asked_about_that_referee() {
        assertThat(answers.answer("Has she been a Nurse Unit Manager?").text())
                .doesNotContain("Ramaswamy")
                .doesNotStartWith("Yes");
        assertThat(answers.answer("What is Anjali Ramaswamy's role?").text()).contains("Nurse Unit Manager");
    }

    @Test
    void should_name_every_referee_with_their_post_and_none_of_their_phones_or_emails() {
        assertThat(answers.answer("Who are her referees?").text())
                .contains("Graham Pettifer", "Director of Pharmacy", "Anjali Ramaswamy", "Nurse Unit Manager")
                .doesNotContain("0491", "5550", "lachlanheights", "Ph:", "Email", "(work)", "(mobile)");
    }

    @Test
    void should_introduce_her_with_her_career_objective_and_withhold_her_check_number() {
        assertThat(answers.answer("What does Siobhan do?").text())
                .contains("Deputy Director of Pharmacy", "Experienced hospital pharmacist")
                .doesNotContain("WWC1842736E", "Working With Children");
    }

    @Test
    void should_answer_a_question_about_email_marketing_from_her_work_not_with_her_address() {
        assertThat(answers.answer("Which email marketing platforms has she used?")
                        .text())
                .contains("Mailchimp")
                .doesNotContain("siobhan.trevallion@example.com");
    }

    @Test
    void should_not_say_yes_when_the_answer_says_it_lapsed() {
        assertThat(answers.answer("Does she have NPPV clearance?").text()).doesNotStartWith("Yes");
    }

    @Test
    void should_say_when_she_finished_each_degree_the_answer_before_named() {
        String conversation = "degrees";
        assertThat(answers.answer(Question.in(conversation, "Where did she do her pharmacy degree?"))
                        .text())
                .contains("Harbour City University", "University of the Blue Mountains");

        assertThat(answers.answer(Question.in(conversation, "When did she finish?"))
                        .text())
                .contains("Master of Clinical Pharmacy", "2016", "Bachelor of Pharmacy", "2009")
                .doesNotContain("Carrington Bay", "Lachlan Heights");
    }
}
