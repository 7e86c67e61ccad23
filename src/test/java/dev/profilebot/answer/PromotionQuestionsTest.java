package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions about a title reached at the current employer, offline with the real embedding model:
 * when he became it, and since when he has been there.
 */
class PromotionQuestionsTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", """
                # Craig Dunmore

                ## Work history

                ### Electrical Supervisor, Airedale Sparks Electrical Ltd
                2021 – present

                - Run a team of six electricians on commercial fit-outs.

                ### Approved Electrician, Airedale Sparks Electrical Ltd
                2017 – 2021

                - Commercial and industrial installations.

                ### Staff Maintenance Electrician, Kirkgate Building Services
                2013 – 2017

                - Rewires and fault finding.
                """, "he/him").answers();
    }

    @Test
    void should_say_when_he_became_the_title_asked_about_not_when_he_joined_the_employer() {
        assertThat(answers.answer("When did he become a supervisor?").text())
                .isEqualTo("Craig has been Electrical Supervisor at Airedale Sparks Electrical Ltd since 2021.");
    }

    @Test
    void should_prefer_the_title_that_also_has_the_grade_asked_about() {
        assertThat(answers.answer("When did he become a staff electrician?").text())
                .isEqualTo("Craig was Staff Maintenance Electrician at Kirkgate Building Services from 2013 to 2017.");
    }

    @Test
    void should_give_the_title_at_the_place_the_conversation_is_about_not_the_current_one() {
        answers.answer(Question.in("title-there", "Where did he work in 2015?"));

        Answer there = answers.answer(Question.in("title-there", "And what is his title there?"));

        assertThat(there.text())
                .isEqualTo("At Kirkgate Building Services, Craig was Staff Maintenance Electrician (2013 to 2017).");
    }

    @Test
    void should_step_back_a_title_at_the_same_company_or_an_employer_as_the_conversation_asked() {
        answers.answer(Question.in("same-company", "Where is he working now?"));
        answers.answer(Question.in("same-company", "What's his role there?"));

        Answer sameCompany = answers.answer(Question.in("same-company", "And before that, at the same company?"));
        Answer started = answers.answer(Question.in("same-company", "When did that role start?"));

        assertThat(sameCompany.text())
                .isEqualTo("Before becoming Electrical Supervisor (2021), Craig was Approved Electrician at Airedale"
                        + " Sparks Electrical Ltd (2017 to 2021).");
        assertThat(started.text())
                .isEqualTo("Craig was Approved Electrician at Airedale Sparks Electrical Ltd from 2017 to 2021.");

        answers.answer(Question.in("company", "Which company is he with right now?"));
        answers.answer(Question.in("company", "Since when?"));

        assertThat(answers.answer(Question.in("company", "And before that?")).text())
                .startsWith("Before Airedale Sparks Electrical Ltd, Craig worked at Kirkgate Building Services");
    }

    @Test
    void should_give_the_title_held_before_and_how_long_in_the_current_one_when_the_title_is_asked() {
        answers.answer(Question.in("title-before", "What's his current role?"));

        Answer howLong = answers.answer(Question.in("title-before", "How long has he been in that role?"));
        Answer before = answers.answer(Question.in("title-before", "What was his title before that?"));

        assertThat(howLong.text()).contains("Electrical Supervisor").doesNotContain("Approved Electrician");
        assertThat(before.text())
                .isEqualTo("Before becoming Electrical Supervisor (2021), Craig was Approved Electrician at Airedale"
                        + " Sparks Electrical Ltd (2017 to 2021).");
    }

    @Test
    void should_say_no_earlier_title_is_listed_at_the_same_company_when_the_one_talked_about_was_the_first() {
        answers.answer(Question.in("first-there-only", "Where did he work in 2015?"));

        assertThat(answers.answer(Question.in("first-there-only", "And before that, at the same company?"))
                        .text())
                .isEqualTo("Craig joined Kirkgate Building Services as Staff Maintenance Electrician in 2013;"
                        + " the profile lists no earlier title there.");
    }

    @Test
    void should_step_back_from_the_title_the_last_answer_stepped_back_to() {
        answers.answer(Question.in("step-back", "Where does he work now?"));
        answers.answer(Question.in("step-back", "What was his title before that?"));

        assertThat(answers.answer(Question.in("step-back", "And before that, at the same company?"))
                        .text())
                .isEqualTo("Craig joined Airedale Sparks Electrical Ltd as Approved Electrician in 2017;"
                        + " the profile lists no earlier title there.");
    }

    @Test
    void should_give_the_first_title_held_at_the_employer_the_conversation_is_about() {
        answers.answer(Question.in("first-there", "Where does he work now?"));

        assertThat(answers.answer(Question.in("first-there", "What was his job title there at first?"))
                        .text())
                .isEqualTo("Craig was Approved Electrician at Airedale Sparks Electrical Ltd from 2017 to 2021.");
    }

    @Test
    void should_read_a_word_of_a_title_as_that_title_at_its_employer() {
        assertThat(answers.answer("What was he doing before the supervisor job?")
                        .text())
                .isEqualTo("Before becoming Electrical Supervisor (2021), Craig was Approved Electrician at Airedale"
                        + " Sparks Electrical Ltd (2017 to 2021).");
        assertThat(answers.answer("Where did he do his first electrician job?").text())
                .startsWith("Craig was Staff Maintenance Electrician at Kirkgate Building Services");
    }

    @Test
    void should_take_his_first_company_for_his_earliest_role() {
        assertThat(answers.answer("What was his first company?").text())
                .startsWith("Craig's earliest role in the profile: Staff Maintenance Electrician at Kirkgate Building"
                        + " Services");
    }

    @Test
    void should_answer_since_when_with_the_start_there_and_the_title_he_holds_now() {
        answers.answer(Question.in("since-when", "Where does he work now?"));

        Answer since = answers.answer(Question.in("since-when", "Since when?"));

        assertThat(since.text())
                .isEqualTo("Craig started at Airedale Sparks Electrical Ltd in 2017 and has been Electrical Supervisor"
                        + " there since 2021.");
    }
}
