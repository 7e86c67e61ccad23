package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers from an economist's academic CV whose publications name their co-authors in brackets after the quoted
 * title, then the journal and the year, offline with the real embedding model.
 */
class EconomistCvAnswersTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", """
                # Rebecca Thorsen

                ## Academic Positions

                2022–present · Associate Professor of Economics, University of Minnesota

                ## Publications

                “Who Refinances? Inattention and the Pass-Through of Rate Cuts” (with Mei-Ling Zhou). Journal of \
                Political Economy, 2023, 131(9): 2466–2511.
                “Nowcasting Regional House Prices with Online Listings” (with Ruth Abernathy). Journal of Applied \
                Econometrics, 2019, 34(6): 955–972.
                “Mortgage Refinancing and the Regional Effects of Monetary Policy” (with Jonah P. Albrecht). American \
                Economic Journal: Macroeconomics, 2017, 9(3): 112–148.
                """, "she/her").answers();
    }

    @Test
    void should_name_a_papers_co_author_from_its_citation() {
        Answer answer = answers.answer(
                "Who co-authored \"Mortgage Refinancing and the Regional Effects of Monetary Policy\" with her?");

        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.ANSWERED);
        assertThat(answer.text()).contains("Jonah P. Albrecht");
    }

    @Test
    void should_give_the_journal_of_a_paper_whose_title_asks_a_question() {
        assertThat(answers.answer("In which journal and year was \"Who Refinances?\" published?")
                        .text())
                .contains("Journal of Political Economy, 2023");
    }
}
