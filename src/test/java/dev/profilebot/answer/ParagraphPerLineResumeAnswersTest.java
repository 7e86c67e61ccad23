package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a résumé saved by a word processor with each line a paragraph of its own: the title, the
 * employer and the dates on three lines, then the duties under a label, the first of which opens with a title's
 * word ("Graduate program rotations through …").
 */
class ParagraphPerLineResumeAnswersTest {

    private static final String RESUME = """
            # Callum Brierley

            ## Employment History

            Project Engineer

            Tarrant Civil Pty Ltd, Eagle Farm QLD

            January 2012 – June 2016

            Key Responsibilities:

            - Set-out, quantities and subcontractor claims.

            Graduate Engineer

            Redcliffe City Council, Redcliffe QLD

            February 2010 – December 2011

            Key Responsibilities:

            - Graduate program rotations through Road Planning, Development Assessment and Capital Works Delivery
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.md", RESUME, "he/him").answers();
    }

    @Test
    void should_read_the_title_and_employer_above_the_dates_not_the_duty_below() {
        assertThat(answers.answer("What was his first job?").text())
                .contains("Graduate Engineer at Redcliffe City Council");
    }
}
