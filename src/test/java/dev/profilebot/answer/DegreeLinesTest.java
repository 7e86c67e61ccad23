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
 * "Who supervised her PhD?" on an academic CV that lists her own PhD with its supervisor on a line of
 * its own, and later the PhDs she supervised: the line under her degree answers.
 */
class DegreeLinesTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("cv.md"), """
                # Dr Siobhán Carrick

                Senior Lecturer in Marine Ecology, University of Pencarreg

                ## Academic Appointments

                - 2022 – present · Senior Lecturer in Marine Ecology, University of Pencarreg
                - 2015 – 2018 · Postdoctoral Research Fellow, Skerrow Marine Institute

                ## Education

                2011 – 2015 · PhD in Marine Biology, University of Lisclogher, Ireland

                Thesis: Living on the edge: thermal tolerance of intertidal barnacles

                Supervisor: Prof. Malachy Durcan; co-supervisor: Dr Helena Rooke

                2009 – 2010 · MSc Applied Marine Science (Distinction), University of Tralanmor

                ## PhD Supervision

                ### Completed

                - Dr Tomos Beddoe (2019 – 2023), Kelp forest persistence under warming. Primary supervisor.
                - Dr Amara Quansah-Lloyd (2020 – 2024), Microplastic uptake in filter feeders. Co-supervisor (40%).
                """);
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("PROFILE_DATA_DIR", folder.toString());
        answers = Application.start(ConfigLoader.load(env), new SimpleMeterRegistry())
                .answers();
    }

    @Test
    void should_answer_who_supervised_her_phd_from_the_line_under_her_degree() {
        Answer answer = answers.answer("Who supervised her PhD?");

        assertThat(answer.text()).startsWith("Education: Supervisor: Prof. Malachy Durcan");
    }
}
