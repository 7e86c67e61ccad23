package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Europass PDF as it reads: each row's dates and title on one line, the employer or the school in bold on the row
 * below, set as large as the section's name; the name beside the margin's "INFORMAÇÃO PESSOAL".
 */
class EuropassRowsTest {

    private static final String CV = """
            ## Curriculum Vitae

            # europass

            ### INFORMAÇÃO

            # Marta Sousa Pinheiro · PESSOAL

            Correio eletrónico marta.pinheiro@example.com

            ### EXPERIÊNCIA PROFISSIONAL

            01/09/2021 – Atual Cientista de Dados Sénior

            ### Tejo Analytics – Consultoria, S.A., Lisboa (Portugal)

            - Modelos de deteção de fraude em tempo real.

            Atividade ou setor: Tecnologia financeira

            03/2018 – 08/2021 Analista de Dados

            ### Atlântico Retalho, S.A., Porto (Portugal)

            - Previsão de procura por categoria.

            ### EDUCAÇÃO E FORMAÇÃO

            09/2014 – 07/2016 Mestrado em Ciência de Dados

            ### Universidade NOVA de Lisboa, Lisboa (Portugal)

            - Classificação final: 17 valores.
            """;

    private final StructuredProfile profile = new StructuredProfileReader(Optional.empty(), Optional.empty())
            .read(List.of(new MarkdownParser().parse("cv.md", CV)));

    @Test
    void should_read_each_rows_title_and_dates_at_the_employer_on_the_row_below() {
        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Atlântico Retalho, S.A. | Analista de Dados | March 2018 to August 2021",
                        "Tejo Analytics | Cientista de Dados Sénior | September 2021 to present");
    }

    @Test
    void should_read_the_degree_at_the_school_below_it_and_the_name_beside_the_margins_label() {
        assertThat(profile.education())
                .extracting(e -> e.degree() + " | " + e.institution())
                .containsExactly("Mestrado | Universidade NOVA de Lisboa");
        assertThat(profile.identity().name()).contains("Marta Sousa Pinheiro");
    }
}
