package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers in English on a marketer's CV written in French: when she could start ("préavis"), how many
 * employees a firm has ("salariés") and her pastimes ("Centres d'intérêt") are found by English questions.
 */
class FrenchCvAnswersTest {

    private static final String CV = """
            # Camille Rousset

            ## Profil

            Je pilote l'acquisition payante d'un e-commerçant lyonnais. Disponible après préavis de 3 mois.

            ## Expériences professionnelles

            Depuis sept. 2021 · Maison Vercors – Lyon (69)

            E-commerce arts de la table – 120 salariés – 25 M€ de CA

            Chargée de marketing digital

            - Pilotage d'un budget média de 540 k€/an.

            ## Centres d'intérêt

            - Trail et randonnée en montagne, photographie argentique.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "she/her").answers();
    }

    @Test
    void should_find_when_she_could_start_in_her_notice_written_in_french() {
        assertThat(answers.answer("When could she start?").text()).contains("préavis de 3 mois");
    }

    @Test
    void should_find_a_firms_employees_written_in_french() {
        assertThat(answers.answer("How many employees does Maison Vercors have?")
                        .text())
                .contains("120 salariés");
    }
}
