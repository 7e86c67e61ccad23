package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A degree's class of honours as Singapore, Malaysia, India and East Africa write it ("Second Class Upper"), offline
 * with the real embedding model: the degree's line answers, not the school-leaving grades beside it.
 */
class HonoursClassTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", """
                # Cherlyn Tay Wei Min

                Finance Manager | Chartered Accountant

                ## Work experience

                Mar 2020 – Present · KESTREL MARINE PTE LTD, Singapore

                **Finance Manager**

                - Shortened the month-end close from 10 to 6 working days.

                ## Education

                **Aug 2009 – Jun 2012 · NANYANG TECHNOLOGICAL UNIVERSITY**

                Bachelor of Accountancy (Honours), Second Class Upper

                **Jan 2007 – Dec 2008 · VICTORIA JUNIOR COLLEGE**

                Singapore-Cambridge GCE 'A' Level

                - H2: Mathematics (A), Economics (A), Chemistry (B); H1: General Paper (A), Chinese (B).
                """, "she/her").answers();
    }

    @Test
    void should_answer_the_class_of_honours_from_the_degrees_line() {
        Answer answer = answers.answer("What class of honours did she graduate with?");

        assertThat(answer.text()).contains("Second Class Upper").doesNotContain("Mathematics (A)");
    }

    @Test
    void should_know_the_person_asked_for_by_her_english_and_family_names() {
        assertThat(answers.answer("Who is Cherlyn Tay and what does she do?").text())
                .contains("Finance Manager")
                .doesNotContain("doesn't say");
    }
}
