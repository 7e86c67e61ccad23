package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Swedish CV's "Utbildning": its programmes and degrees, each written as one word, and where they were taken. */
class SwedishEducationTest {

    @Test
    void should_read_a_swedish_programme_and_the_university_under_it() {
        String cv = """
                **UTBILDNING**

                2011–2014 · Sjuksköterskeprogrammet, 180 hp

                Sahlgrenska akademin, Göteborgs universitet

                2005–2008 · Naturvetenskapsprogrammet

                Katedralskolan, Lund
                """;

        List<Education> education = new StructuredProfileReader(Optional.empty(), Optional.empty())
                .read(List.of(new MarkdownParser().parse("cv.md", cv)))
                .education();

        assertThat(education)
                .extracting(e -> e.degree() + " | " + e.institution() + " | "
                        + e.dates().orElseThrow().display())
                .contains("Sjuksköterskeprogrammet | Göteborgs universitet | 2011 to 2014");
    }
}
