package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What does he do in his current role?" of a CV written in Portuguese: the question shares no word with the entry of
 * the job held now, whose lines are the answer all the same.
 */
class CurrentRoleDutiesAnswersTest {

    private static final String CV = """
            # Tiago Lobo

            Engenheiro Civil

            ## Experiência profissional

            setembro de 2020 – presente · Ferreira & Magalhães – Engenharia e Construção, S.A.

            Diretor de Produção – Zona Norte

            - Gestão de uma carteira de obras de cerca de 45 M€/ano.
            - Coordenação de 6 diretores de obra e 2 técnicos de segurança.

            2015 – 2018 · NorteProjecto – Estudos e Projectos de Engenharia, Lda.

            Engenheiro Projetista de Estruturas

            - Projetos de estabilidade de mais de 40 edifícios.

            ## Dados pessoais

            Nome completo: Tiago Lobo. Naturalidade: Vila Nova de Gaia.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "cv.md", CV, "he/him").answers();
    }

    @Test
    void should_answer_what_he_does_now_by_the_entry_of_the_job_he_holds() {
        String answer =
                answers.answer("What does Tiago do in his current role?").text();

        assertThat(answer)
                .contains("Diretor de Produção")
                .contains("45 M€/ano")
                .doesNotContain("Vila Nova de Gaia")
                .doesNotStartWith("The profile doesn't");
    }

    @Test
    void should_answer_his_responsibilities_now_by_the_same_entry() {
        assertThat(answers.answer("What are his responsibilities in his current job?")
                        .text())
                .contains("Coordenação de 6 diretores de obra")
                .doesNotStartWith("The profile doesn't");
    }
}
