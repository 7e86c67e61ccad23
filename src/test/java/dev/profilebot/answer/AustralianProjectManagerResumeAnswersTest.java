package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on an Australian project manager's résumé: projects named with their value ("the $45M Redland
 * Bay Road Upgrade"), which are no street addresses, a degree's field in brackets after it, an Australian graduate
 * certificate, and a job abroad that a conversation goes on about.
 */
class AustralianProjectManagerResumeAnswersTest {

    private static final String RESUME = """
            # Callum Brierley

            Proven record of delivering complex projects of up to $118M safely and within budget.

            ## Employment History

            **Project Manager** · Tarrant Civil Pty Ltd · March 2019 – Present

            - Delivered the $45M Redland Bay Road Upgrade on budget and 3 weeks ahead of programme.
            - Led the winning tender for the $54M Murrumba Downs Arterial Road Duplication.
            - Delivered the $118M Bald Hills Interchange Upgrade 7 weeks ahead of programme.
            - Contract administration under AS 4000: progress claims, variations and notices.

            **Site Engineer** · Harcourt Civil, Auckland, New Zealand · January 2015 – February 2019

            - Supervised the $12M Tamaki Drive seawall renewal.

            ## Qualifications

            - Bachelor of Engineering (Civil) (Honours) – Queensland University of Technology, 2010 – 2014
            - Graduate Certificate in Project Management – The University of Queensland, 2018

            ## Licences

            - Queensland Driver Licence – Class HR (Heavy Rigid) and Class C
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.md", RESUME, "he/him").answers();
    }

    @Test
    void should_keep_a_projects_name_after_its_value() {
        assertThat(answers.answer("What was the value of the Redland Bay Road Upgrade?")
                        .text())
                .contains("$45M Redland Bay Road Upgrade");
    }

    @Test
    void should_give_the_field_of_a_degree_written_in_brackets_after_it() {
        assertThat(answers.answer("What degree does he hold?").text())
                .contains("Bachelor of Engineering in Civil")
                .contains("Graduate Certificate in Project Management");
    }

    @Test
    void should_answer_the_largest_project_by_the_largest_sum_given_a_named_project() {
        assertThat(answers.answer("What's the largest project he has delivered?")
                        .text())
                .startsWith("At Tarrant Civil Pty Ltd")
                .contains("$118M Bald Hills Interchange Upgrade")
                .doesNotContain("Proven record");
    }

    @Test
    void should_count_a_graduate_certificate_as_a_postgraduate_qualification() {
        assertThat(answers.answer("Does he have any postgraduate qualifications?")
                        .text())
                .contains("Graduate Certificate in Project Management");
    }

    @Test
    void should_give_the_class_of_a_driver_licence_not_a_degrees_grade() {
        assertThat(answers.answer("What class of driver's licence does he hold?")
                        .text())
                .contains("Class HR");
    }

    @Test
    void should_not_read_a_notice_period_into_contract_notices_nor_work_rights_into_an_australian_university() {
        assertThat(answers.answer("What is his notice period at Tarrant?").text())
                .contains("doesn't say anything about a notice period");
        assertThat(answers.answer("Is he an Australian citizen, or what are his work rights?")
                        .text())
                .contains("doesn't say anything about visa or work permits");
    }

    @Test
    void should_name_the_job_outside_the_country_asked_about_and_say_when_it_was() {
        String conversation = "abroad";
        assertThat(answers.answer(Question.in(conversation, "Has he ever worked outside Australia?"))
                        .text())
                .startsWith("Yes")
                .contains("New Zealand")
                .contains("Harcourt Civil");

        assertThat(answers.answer(Question.in(conversation, "When was that?")).text())
                .contains("January 2015 to February 2019");
    }
}
