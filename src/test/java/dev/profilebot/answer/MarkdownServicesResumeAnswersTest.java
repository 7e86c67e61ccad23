package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a DevOps engineer's Markdown résumé as IT-services CVs are written: a title with its
 * specialism after a dash and the employer after another ("Systems Engineer – DevOps — Infovale Systems"), a
 * client project dated within the job, a talk given in a year; and her notes for the bot, each question over its
 * answer set in.
 */
class MarkdownServicesResumeAnswersTest {

    private static final String RESUME = """
            # DIVYA MENON

            ✉️ divyamenon.sre@gmail.com | 📍 Bengaluru, Karnataka

            ## Professional Experience

            ### Senior DevOps Engineer — Freightwise Technologies Pvt. Ltd., Bengaluru
            *Oct'21 – Present*

            - Led the redesign of mobile checkout monitoring, cutting alert noise by 64%.

            ### Systems Engineer – DevOps — Infovale Systems Pvt. Ltd., Pune
            Aug 2016 - Sep'21

            **Project 2**
            **Client:** Medisure Health Insurance, USA
            **Project:** Claims Processing Platform – DevOps Support (Mar 2018 – Dec 2018)

            - Provisioned AWS infrastructure for the claims platform using Terraform.

            ## Relevant Experience

            ### Instructional Design

            - Converted 38 instructor-led courses into self-paced eLearning.

            ## Achievements

            - Speaker at Kubernetes Community Days (KCD) Bengaluru 2023 – talk: *"Karpenter in production"*.
            """;

    private static final String NOTES = """
            notes for the resume bot - stuff recruiters keep asking me
            (Divya, last updated 14 Feb 2024)

            Notice period:
              90 days at Freightwise. There is no buyout option.

            Willing to relocate?
              Yes - anywhere in India. Hyderabad, Pune, Chennai are all ok.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), NOTES);
        answers = TestApplication.over(folder, "resume.md", RESUME, "she/her").answers();
    }

    @Test
    void should_keep_the_specialism_in_the_title_and_the_employer_after_the_last_dash() {
        assertThat(answers.answer("What was her title at Infovale?").text())
                .contains("Systems Engineer – DevOps")
                .doesNotContain("DevOps, Infovale");
    }

    @Test
    void should_not_take_a_client_project_or_a_talk_for_a_job_of_its_own() {
        String conversation = "jobs";
        assertThat(answers.answer(Question.in(conversation, "Where does she work now?"))
                        .text())
                .contains("Freightwise");
        assertThat(answers.answer(Question.in(conversation, "When did she start there?"))
                        .text())
                .contains("October 2021");
        assertThat(answers.answer("What was her first job?").text())
                .contains("Infovale")
                .contains("August 2016");
    }

    @Test
    void should_say_the_employer_is_not_given_when_a_skill_groups_bullet_names_none() {
        assertThat(answers.answer("At which company did she convert the 38 instructor-led courses?")
                        .text())
                .startsWith("The profile doesn't answer that directly")
                .contains("Converted 38 instructor-led courses");
    }

    @Test
    void should_answer_from_the_notes_each_question_heading_its_answer() {
        assertThat(answers.answer("What is her notice period?").text()).contains("90 days");
        assertThat(answers.answer("Where is she based?").text()).contains("Bengaluru");
    }

    @Test
    void should_answer_a_question_about_mobile_work_not_refuse_a_phone_number() {
        assertThat(answers.answer("By how much did she cut alert noise with the mobile checkout monitoring?")
                        .text())
                .contains("64%");
    }
}
