package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A registration with a professional body, dated in a sentence of its own: a credential, not a job. */
class RegistrationsTest {

    private final StructuredProfileReader reader = new StructuredProfileReader(Optional.empty(), Optional.empty());

    @Test
    void should_not_read_a_registration_with_a_professional_body_since_a_year_as_a_job() {
        String cv = """
                # Lorenzo Ferraresi

                ## Esperienza professionale

                **Italferr S.p.A., Roma** · 02/05/2015 – 28/02/2018

                Ingegnere strutturista

                **Ponti & Strade Engineering S.p.A., Bologna** · 01/03/2018 – alla data attuale

                Responsabile di commessa

                Iscritto all'Ordine degli Ingegneri della Provincia di Bologna, Sezione A, n. 8341, dal 2015.

                ## Ulteriori informazioni

                Patente di guida B.
                """;

        List<String> organizations = reader.read(List.of(new MarkdownParser().parse("cv.md", cv))).roles().stream()
                .map(Role::organization)
                .toList();

        assertThat(organizations).containsExactly("Italferr S.p.A.", "Ponti & Strade Engineering S.p.A.");
    }
}
