package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Offline answers to questions that name a kind of tool ("cloud", "BI tools", "a CRM") of a CV that
 * names only the tools, with the real embedding model.
 */
class SkillFamiliesAnswerTest {

    private static final String CV = """
            # Tomasz Brennan

            tomasz.brennan@example.com

            ## Experience

            ### Data Analyst, Harbour Freight Co
            2020 – present

            - Built supplier dashboards in Tableau and Looker for 30 buyers.
            - Moved the nightly reporting jobs from an on-premise server to AWS Lambda and S3.
            - Cleaned up the Salesforce account data before the sales team's migration.

            ### Junior Analyst, Millbank Retail
            2017 – 2020

            - Ran the weekly stock reports in Excel.
            - Drew the new racking layout in SolidWorks with the warehouse engineers.
            - Gave a talk on stock forecasting at the PyData Manchester meetup.

            ## Skills

            Python, SQL, dbt
            """;

    @TempDir
    static Path folder;

    private static Application application;

    @BeforeAll
    static void start() throws IOException {
        application = TestApplication.over(folder, "cv.md", CV, "he/him");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Which BI tools has he used? | Tableau",
                "Has he worked with a CRM? | Salesforce",
                "Has he spoken at conferences? | PyData Manchester",
                "Does he have any cloud experience? | AWS Lambda",
                "Which CAD tools does he use? | SolidWorks",
            })
    void should_answer_a_kind_of_tool_with_the_tools_the_cv_names(String question, String tool) {
        Answer answer = application.answers().answer(question);

        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.ANSWERED);
        assertThat(answer.text()).contains(tool);
    }

    @Test
    void should_still_admit_a_kind_of_tool_of_which_the_cv_names_none() {
        Answer answer = application.answers().answer("Which ERP systems has he used?");

        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(answer.text()).startsWith("The profile doesn't say anything about ERP.");
    }
}
