package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers from a résumé template whose entries are a long heading ("University College Cork, Cork — Professional
 * Diploma in Education (PDE)") over a heading of dates only, offline with the real embedding model.
 */
class DatedEntryHeadingAnswersTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", """
                # Clodagh Mulvihill

                Science teacher and instructional designer in Cork.

                ## Experience

                ### St. Declan's Community College, Ballincollig — Science & Biology Teacher

                #### SEPTEMBER 2017 - PRESENT

                - Teach Junior Cycle Science and Leaving Certificate Biology to classes of 28.

                ## Education

                ### Dublin City University, Dublin — MSc Education and Training Management (Digital Learning)

                #### SEPTEMBER 2020 - NOVEMBER 2022

                First Class Honours. Part-time, online.

                ### University College Cork, Cork — Professional Diploma in Education (PDE)

                #### SEPTEMBER 2011 - MAY 2012

                Post-primary teaching qualification; school placement in Biology and Chemistry.

                ### University College Cork, Cork — BSc (Hons) Biological and Chemical Sciences

                #### SEPTEMBER 2005 - JUNE 2009
                """, "she/her").answers();
    }

    @Test
    void should_name_the_entry_a_sentence_stands_under_when_its_own_heading_is_only_dates() {
        Answer answer = answers.answer("What teaching qualification does she hold?");

        assertThat(answer.text())
                .contains("Professional Diploma in Education (PDE)")
                .contains("Post-primary teaching qualification")
                .doesNotStartWith("SEPTEMBER");
    }

    @Test
    void should_answer_her_highest_qualification_from_her_degrees() {
        Answer answer = answers.answer("What's her highest qualification?");

        assertThat(answer.text()).contains("MSc").contains("Dublin City University");
    }
}
