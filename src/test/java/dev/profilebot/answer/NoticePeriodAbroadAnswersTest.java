package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers to "What's her notice period?" on CVs that state it in Dutch ("opzegtermijn") or Portuguese
 * ("aviso prévio"): found, not refused as a topic the profile never mentions.
 */
class NoticePeriodAbroadAnswersTest {

    @TempDir
    Path folder;

    @Test
    void should_find_a_notice_period_written_in_dutch() throws IOException {
        String cv = """
                # Ilse Koopmans

                ## Personalia

                Naam: Ilse Koopmans \\s
                Beschikbaarheid: In overleg; opzegtermijn 2 maanden.

                ## Werkervaring

                sep 2019 – heden · Supply Chain Planner

                Havenlicht Logistiek B.V., Rotterdam
                """;
        AnswerService answers =
                TestApplication.over(folder, "cv.md", cv, "she/her").answers();

        assertThat(answers.answer("What's her notice period?").text()).contains("opzegtermijn 2 maanden");
    }

    @Test
    void should_find_a_notice_period_written_in_portuguese() throws IOException {
        String cv = """
                # Thiago Lopes

                ## EXPERIÊNCIA PROFISSIONAL

                VÉRVIA PAGAMENTOS S.A. – São Paulo/SP · mar/2020 – atual \\s
                Cargo: Engenheiro de Dados Sênior

                ## INFORMAÇÕES ADICIONAIS

                - Preferência por modelo híbrido ou remoto.
                - Disponibilidade para início após cumprimento de aviso prévio de 30 dias.
                """;
        AnswerService answers =
                TestApplication.over(folder, "cv.md", cv, "he/him").answers();

        assertThat(answers.answer("What's his notice period?").text()).contains("aviso prévio de 30 dias");
    }
}
