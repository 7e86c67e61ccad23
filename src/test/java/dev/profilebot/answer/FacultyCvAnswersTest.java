package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers from a faculty member's CV, whose grants, papers and awards are numbered or dated entries of several
 * fields parted by full stops, offline with the real embedding model.
 */
class FacultyCvAnswersTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", """
                # Rebecca L. Thornbury, PhD, MPH

                ## Academic Appointments

                2022–present · Associate Professor, Department of Health Behavior, University of Michigan School of \
                Public Health, Ann Arbor, MI

                ## Grants and Funding

                2021–2026 · NIH/NHLBI R01 HL158842. “Mobile Produce Markets and Cardiometabolic Health in Rural \
                Michigan: A Cluster Randomized Trial.” Role: PI (25% effort). Total costs: $3,148,560

                2018–2022 · NIH/NIDDK K01 DK117965. “Social Networks and Food Insecurity Among Rural Adults with Type 2 \
                Diabetes.” Role: PI. Total costs: $712,440

                ## Peer-Reviewed Publications

                2\\. · Thornbury RL, Delgado A, Park J. Mobile produce markets and fruit and vegetable intake in rural \
                Michigan: 12-month results of a cluster randomized trial. Am J Public Health. 2024;114(2):189-198.

                3\\. · Albrecht SK, Thornbury RL, Chen W. Rural–urban differences in cardiometabolic risk factor control, \
                NHANES 2005–2016. JAMA Netw Open. 2019;2(11):e1915834.

                1\\. · Thornbury RL, Hughes DT, Albrecht SK. Food insecurity and HbA1c among rural adults: the role of \
                social support. Diabetes Care. 2021;44(9):2011-2018.

                ## Honors and Awards

                2023 · Excellence in Teaching Award, University of Michigan School of Public Health

                2020 · Early Career Award, Food and Nutrition Section, American Public Health Association
                """, "she/her").answers();
    }

    @Test
    void should_answer_from_a_grants_whole_entry_its_amount_with_its_title() {
        String text = answers.answer("how much was the K01 worth").text();

        assertThat(text).contains("712,440", "Social Networks and Food Insecurity");
    }

    @Test
    void should_give_a_papers_title_with_the_journal_it_appeared_in() {
        String text = answers.answer("Has she published in Diabetes Care?").text();

        assertThat(text).contains("Diabetes Care", "HbA1c among rural adults");
    }

    @Test
    void should_answer_a_short_question_after_a_closest_match_on_its_own() {
        String conversation = "after-closest";
        Answer salary = answers.answer(Question.in(conversation, "How much does she earn?"));
        Answer awards = answers.answer(Question.in(conversation, "What awards has she won?"));

        assertThat(salary.outcome()).isIn(Answer.Outcome.CLOSEST_MATCH, Answer.Outcome.NOT_COVERED);
        assertThat(awards.outcome()).isEqualTo(Answer.Outcome.ANSWERED);
        assertThat(awards.text()).contains("Excellence in Teaching Award");
    }

    @Test
    void should_lean_a_question_that_points_back_on_the_closest_match_before_it() {
        String conversation = "points-back";
        answers.answer(Question.in(conversation, "What about NHANES, has she used that?"));
        Answer journal = answers.answer(Question.in(conversation, "which journal was that paper in?"));

        assertThat(journal.text()).contains("JAMA Netw Open");
    }
}
