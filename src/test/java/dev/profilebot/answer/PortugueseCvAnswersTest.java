package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English questions on a CV written in European Portuguese: work of his own ("Trabalho independente") is found by
 * "freelance", a job in "Luxemburgo" by "Luxembourg".
 */
class PortugueseCvAnswersTest {

    private static final String CV = """
            # Tiago Lobo

            ## Experiência profissional

            2016 – 2018 · Prestação de serviços

            Engenheiro Civil – Trabalho independente

            - Projetos de estabilidade e fundações para 11 moradias unifamiliares.

            out. 2018 – ago. 2020 · Kieffer & Reuter Constructions S.à r.l.

            Luxemburgo (Kirchberg)

            Conducteur de travaux

            - Edifício de escritórios "Kirchberg Porte Nord" – 14 500 m², 7 pisos.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "he/him").answers();
    }

    @Test
    void should_find_work_of_his_own_written_in_portuguese_for_freelance() {
        assertThat(answers.answer("Did he do any freelance work on the side?").text())
                .contains("11 moradias");
    }

    @Test
    void should_find_a_job_in_luxembourg_written_in_portuguese() {
        assertThat(answers.answer("How big was the office building he worked on in Luxembourg?")
                        .text())
                .contains("14 500 m²");
    }
}
