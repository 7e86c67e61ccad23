package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import org.junit.jupiter.api.Test;

/**
 * The timeline questions a recruiter asks first, through the answer service on the seed profile
 * with the real model: each answered from the structured profile and cited.
 */
class SeedTimelineTest {

    private final AnswerService answers = TestApplication.get().answers();

    @Test
    void should_answer_who_the_person_is_and_where_they_work_now() {
        assertThat(answers.answer("What's his full name?").text()).contains("Jonathan Hartley");
        // a name alone does not say who he is: the headline, or else the current role, comes with it
        assertThat(answers.answer("Who is this profile about?").text())
                .startsWith("The profile is about Jonathan Hartley")
                .containsAnyOf("Lambda", "engineer", "Engineer");
        Answer now = answers.answer("Where does he work now?");
        assertThat(now.text()).isEqualTo("Jonathan currently works at Lambda, since September 2023.");
        assertThat(now.sources()).extracting(Source::label).containsExactly("resume.md › Current Role › Lambda");
    }

    @Test
    void should_answer_the_first_job_a_year_and_what_came_after_a_named_employer() {
        assertThat(answers.answer("What was his first job?").text())
                .contains("GIS consulting")
                .contains("August 2003");
        assertThat(answers.answer("Where did he work in 2015?").text())
                .startsWith("In 2015, Jonathan worked on contracts for Able.ag, Antidote.me, Made.com");
        assertThat(answers.answer("Where did he go after IBM?").text())
                .isEqualTo("After IBM Cloud, Jonathan moved to Canonical (May 2019 to July 2023).");
    }

    @Test
    void should_list_the_employers_most_recent_first() {
        assertThat(answers.answer("Which companies has he worked for?").text())
                .isEqualTo("Jonathan's employers, most recent first: Lambda (2023–now); Canonical (2019–2023); "
                        + "IBM Cloud (2017–2019); Able.ag, Antidote.me, Made.com, BATS Trading, Rangespan (2011–2017); "
                        + "Resolver Systems (2006–2011); GIS consulting (2003–2006).");
    }

    @Test
    void should_go_back_along_the_timeline_in_a_conversation() {
        // given
        answers.answer(Question.in("seed-timeline", "What did he do at Canonical?"));

        // when
        Answer before = answers.answer(Question.in("seed-timeline", "And before that?"));
        Answer howLong = answers.answer(Question.in("seed-timeline", "How long was he there?"));

        // then
        assertThat(before.text()).isEqualTo("Before Canonical, Jonathan worked at IBM Cloud (July 2017 to May 2019).");
        assertThat(howLong.text()).contains("IBM Cloud").contains("1 year and 11 months");
    }
}
