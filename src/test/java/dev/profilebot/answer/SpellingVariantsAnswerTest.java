package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Offline answers to questions that spell a name another way than the CV does: a number apart
 * ("PRINCE 2" of "PRINCE2"), an umlaut written out ("Gruenfeld" of "Grünfeld"), a name run together ("Civil3D" of "Civil 3D").
 */
class SpellingVariantsAnswerTest {

    private static final String CV = """
            # Matthias Overbeck

            matthias.overbeck@example.com

            ## Independent Consulting

            ### Supply Chain Advisor, Grünfeld Agrar eG
            2025 – present

            - Diagnostic of the grain and fertiliser supply chain across 23 sites.

            ### Engagement Manager, Corvell & Partners
            2014 – 2019

            - Led 11 client engagements in industrial goods.

            ## Certifications

            PRINCE2 Practitioner — 2016; Lean Six Sigma Green Belt — 2011.

            ## Software

            Power BI, Civil 3D, SAP S/4HANA.
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
                "Is he PRINCE 2 certified? | PRINCE2",
                "What did he work on for Gruenfeld Agrar? | grain and fertiliser",
                "Does he know Civil3D? | Civil 3D",
            })
    void should_answer_a_name_spelled_another_way_from_the_cv(String question, String evidence) {
        Answer answer = application.answers().answer(question);

        assertThat(answer.outcome()).isNotEqualTo(Answer.Outcome.NOT_COVERED);
        assertThat(answer.text()).contains(evidence);
    }
}
