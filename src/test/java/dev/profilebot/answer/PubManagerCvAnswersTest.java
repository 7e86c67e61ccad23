package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a UK pub manager's one-page CV: each title and its dates over the pub, its village and the
 * group that owns it ("The Grey Heron, Boston Spa – Hallam & Vale Inns"); the team's size said as "team of 38".
 */
class PubManagerCvAnswersTest {

    private static final String CV = """
            # Daniel Whitcombe

            ## Employment History

            General Manager · Sept 2021 – Present

            The Kingfisher, Boston Spa – Ouseburn & Vale Inns

            - 900–1,300 covers per week, team of 38 incl. 3 assistant managers and head chef.

            Deputy General Manager · 2017 – 2021

            Harrow Lodge Hotel, Harrogate – 4★, 64 bedrooms

            - Led a team of 25 F&B staff.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "he/him").answers();
    }

    @Test
    void should_name_the_pub_and_the_group_that_owns_it_as_his_employer_now() {
        assertThat(answers.answer("Where does Dan work now?").text())
                .contains("The Kingfisher, Ouseburn & Vale Inns")
                .contains("Boston Spa");
    }

    @Test
    void should_give_the_size_of_the_team_he_has_now() {
        assertThat(answers.answer("How big is his team?").text())
                .contains("team of 38")
                .doesNotStartWith("The profile doesn't");
    }
}
