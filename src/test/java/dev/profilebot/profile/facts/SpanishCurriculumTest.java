package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Spanish "Currículum Vitae" as a PDF of a word processor's page gives it: the title in capitals with its accent, the
 * name under it, and the name again in a table of personal details, its label and value in cells of their own.
 */
class SpanishCurriculumTest {

    private final StructuredProfileReader reader = new StructuredProfileReader(Optional.empty(), Optional.empty());

    private StructuredProfile read(String markdown) {
        return reader.read(List.of(new MarkdownParser().parse("cv.md", markdown)));
    }

    @Test
    void should_take_the_name_under_a_curriculum_vitae_title_written_with_its_accent() {
        StructuredProfile profile = read("""
                # CURRÍCULUM VITAE

                ## Lucía Ferrándiz Roldán

                Graduada en Farmacia · Farmacéutica comunitaria

                ### EXPERIENCIA PROFESIONAL

                Septiembre 2017 - Actualidad · Farmacéutica adjunta, Farmacia Bellver Puig – Valencia
                """);

        assertThat(profile.identity().name()).contains("Lucía Ferrándiz Roldán");
    }

    @Test
    void should_take_the_name_from_a_personal_details_table_whose_label_keeps_its_colon_before_the_cell() {
        StructuredProfile profile = read("""
                Graduada en Farmacia · Farmacéutica comunitaria

                ### DATOS PERSONALES

                Nombre y apellidos: · Lucía Ferrándiz Roldán
                Nacionalidad: · Española

                ### EXPERIENCIA PROFESIONAL

                Septiembre 2017 - Actualidad · Farmacéutica adjunta, Farmacia Bellver Puig – Valencia
                """);

        assertThat(profile.identity().name()).contains("Lucía Ferrándiz Roldán");
    }
}
