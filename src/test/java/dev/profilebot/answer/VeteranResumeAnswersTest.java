package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a veteran's résumé: the army's dates over the posts held in it, each post's rank in
 * brackets and its unit and base on the line below. "How long was he in the army?" is answered by the years in
 * it; a yes-or-no question is answered "Yes" by the passage that says it, whatever other passages say.
 */
class VeteranResumeAnswersTest {

    private static final String RESUME = """
            # Marcus Delgado

            ## Summary

            Army veteran with 12 years of logistics. Deployed three times (Afghanistan, Iraq, Poland) and ran convoys
            with no margin for error.

            ## Awards

            - NATO Medal, Afghanistan Campaign Medal, Army Commendation Medal for no lost equipment.

            ## Professional Experience

            **Redline Freight Services – El Paso, TX · 03/2021 – Present**

            Operations Supervisor

            - Run a cross-dock of 60 associates.

            **U.S. ARMY · 06/2009 – 02/2021**

            Honorable discharge as Sergeant First Class (E-7).

            **Platoon Sergeant (Transportation Supervisor) · 05/2015 – 02/2021**

            Support Company, 4th Battalion – Fort Bliss, TX

            - Led a 30-Soldier transportation platoon.

            **Motor Transport Operator (PV2 – Specialist) · 06/2009 – 04/2015**

            Transportation Company – Fort Carson, CO

            - Deployed to Kandahar, Afghanistan (2011 – 2012).

            ## Skills

            - Excel, Power BI, SAP, Manhattan Active WM

            ## Certifications

            - Project Management Professional (PMP), PMI – 2022
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.md", RESUME, "he/him").answers();
    }

    @Test
    void should_give_the_years_in_the_army_before_each_post_held_in_it() {
        String answer = answers.answer("How long was he in the army?").text();

        assertThat(answer)
                .startsWith("Marcus served in U.S. ARMY for 11 years and 9 months (June 2009 to February 2021): as ")
                .contains("Motor Transport Operator")
                .contains("Platoon Sergeant");
    }

    @Test
    void should_say_yes_from_the_passage_that_says_it_though_another_says_no() {
        assertThat(answers.answer("Has he been to Afghanistan?").text())
                .startsWith("Yes.")
                .contains("Kandahar");
    }

    @Test
    void should_say_yes_to_a_follow_up_that_swaps_the_tool_asked_about_when_the_answer_names_it() {
        String conversation = "tools";
        answers.answer(Question.in(conversation, "Does he know Excel?"));

        assertThat(answers.answer(Question.in(conversation, "What about Power BI?"))
                        .text())
                .startsWith("Yes.")
                .contains("Power BI");
    }

    @Test
    void should_say_yes_when_the_answer_says_the_word_asked_with_another_ending() {
        assertThat(answers.answer("Is he PMP certified?").text())
                .startsWith("Yes.")
                .contains("Project Management Professional (PMP)");
    }
}
