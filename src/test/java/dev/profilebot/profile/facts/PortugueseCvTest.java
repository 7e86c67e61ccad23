package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.ContactCard;
import dev.profilebot.profile.MarkdownParser;
import dev.profilebot.profile.ProfileDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A CV in European Portuguese: each employer dated on its line, its town or its unit on the line after, then the
 * title; a header whose details each follow a symbol; a section of memberships and certificates, dated, no jobs.
 */
class PortugueseCvTest {

    private static final String CV = """
            # Tiago Miguel Ferreira Lobo

            Engenheiro Civil | Diretor de Produção

            ✉ tiago.lobo.eng@gmail.com ☎ (+351) 912 604 338

            in linkedin.com/in/tiagolobo-engcivil ⌂ Porto, Portugal

            ## EXPERIÊNCIA PROFISSIONAL

            out. 2018 – ago. 2020 · Kieffer & Reuter Constructions S.à r.l.

            Luxemburgo (Kirchberg / Esch-sur-Alzette)

            Conducteur de travaux (Engenheiro de Obra)

            - Edifício de escritórios "Kirchberg Porte Nord" – 14 500 m², 7 pisos + 3 caves
            - Coordenação de subempreiteiros

            02/2014 – 01/2015 · Câmara Municipal de Matosinhos

            Divisão de Obras Municipais – Matosinhos

            Engenheiro Estagiário (Estágio Profissional IEFP)

            - Fiscalização de empreitadas de obras públicas
            - Verificação de autos de medição

            ## FORMAÇÃO ACADÉMICA

            2008 – 2013 · Mestrado Integrado em Engenharia Civil – Especialização em Estruturas

            Faculdade de Engenharia da Universidade do Porto (FEUP)

            ## ASSOCIAÇÕES PROFISSIONAIS E CERTIFICAÇÕES

            - desde 2015 · Ordem dos Engenheiros – Membro Efetivo n.º 71452, Colégio de Engenharia Civil (Região Norte)
            - 2014 · Formação "Eurocódigo 8 – Projeto de estruturas para resistência aos sismos" (24 h) – Ordem dos Engenheiros
            """;

    private final List<ProfileDocument> documents = List.of(new MarkdownParser().parse("cv.md", CV));
    private final StructuredProfile profile =
            new StructuredProfileReader(Optional.empty(), Optional.empty()).read(documents);

    @Test
    void should_read_the_title_under_the_town_or_the_unit_that_follows_the_dated_employer() {
        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Câmara Municipal de Matosinhos | Engenheiro Estagiário (Estágio Profissional IEFP) |"
                                + " February 2014 to January 2015",
                        "Kieffer & Reuter Constructions S.à r.l. | Conducteur de travaux (Engenheiro de Obra) |"
                                + " October 2018 to August 2020");
    }

    @Test
    void should_read_an_integrated_masters_degree_by_its_whole_name() {
        assertThat(profile.education()).extracting(Education::degree).containsExactly("Mestrado Integrado");
    }

    @Test
    void should_take_the_town_after_the_headers_house_symbol() {
        assertThat(ContactCard.from(documents, "Tiago Miguel Ferreira Lobo").location())
                .contains("Porto, Portugal");
    }
}
