package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Norwegian CV: its profile's "over ti års erfaring (siden 2015)" is the career, not a role; a summer student's
 * post is one; the honorary posts under "Verv" and the certificates under "Sertifiseringer" are no jobs.
 */
class NorwegianCvTest {

    @Test
    void should_read_only_the_jobs_of_a_norwegian_cv() {
        String cv = """
                # Ingrid Solberg Haugen

                ### PROFIL

                Backendutvikler med over ti års erfaring (siden 2015) fra offentlig sektor og fintech.

                ### ARBEIDSERFARING

                sep. 2016 – nå · Fjordpay AS, Oslo \s
                Senior backendutvikler

                - Ledet migreringen til Kotlin-mikrotjenester.

                juni–aug. 2014 · Nordlys Data AS, Trondheim \s
                Sommerstudent

                - Utviklet intern app for timeføring.

                ### SERTIFISERINGER

                2020 · Certified Kubernetes Application Developer (CKAD), The Linux Foundation

                ### VERV

                2018–2021 · Styremedlem i javaBin Oslo
                """;

        List<String> roles = new StructuredProfileReader(Optional.empty(), Optional.empty())
                .read(List.of(new MarkdownParser().parse("cv.md", cv))).roles().stream()
                        .map(r -> r.organization() + " | " + r.title() + " | "
                                + r.dates().display())
                        .toList();

        assertThat(roles)
                .containsExactly(
                        "Nordlys Data AS | Sommerstudent | June 2014 to August 2014",
                        "Fjordpay AS | Senior backendutvikler | September 2016 to present");
    }
}
