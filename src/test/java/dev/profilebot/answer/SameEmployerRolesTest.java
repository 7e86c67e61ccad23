package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.testing.TestApplication;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two titles at one employer, offline with the real embedding model: a question that names one of
 * them is answered from that title's lines, and the title she joined or left with is the first or
 * the last there.
 */
class SameEmployerRolesTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("resume.md"), """
                # Delphine Achterberg

                ## Experience

                ### Senior Financial Analyst · June 2019 – Feb 2022

                **Halvergate Logistics Ltd, Marlow Cross**

                - Promoted from Financial Analyst (see below)
                - Built a driver-based cost model for a fleet of 640 HGVs and vans
                - Wrote the investment case for the new cross-dock depot (£18m capex)

                ### Financial Analyst · 09/2017 – 05/2019

                **Halvergate Logistics Ltd, Marlow Cross**

                - Month-end variance analysis & commentary for 5 regional depots
                - Weekly 13-week cash forecast for the Group Treasurer

                ### Assistant Accountant · Aug. 2015 – Aug 2017

                **Pellworth & Finch Ltd, Tollerby**

                - Purchase & sales ledgers, bank recs, quarterly VAT returns
                """);
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("PROFILE_DATA_DIR", folder.toString());
        answers = Application.start(ConfigLoader.load(env), new SimpleMeterRegistry())
                .answers();
    }

    @Test
    void should_answer_from_the_lines_of_the_title_the_question_names() {
        Answer answer = answers.answer("What was she responsible for as a Financial Analyst at Halvergate?");

        assertThat(answer.text())
                .startsWith("At Halvergate Logistics Ltd (Financial Analyst, 2017–2019): ")
                .contains("variance analysis");
    }

    @Test
    void should_give_the_title_she_joined_with_and_the_one_she_left_with() {
        assertThat(answers.answer("What was her job title when she first joined Halvergate?")
                        .text())
                .isEqualTo(
                        "Delphine was Financial Analyst at Halvergate Logistics Ltd from September 2017 to May 2019.");
        assertThat(answers.answer("What was her title when she left Halvergate?")
                        .text())
                .contains("Senior Financial Analyst", "February 2022");
    }
}
