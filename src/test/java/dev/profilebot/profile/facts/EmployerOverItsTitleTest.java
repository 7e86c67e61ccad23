package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The line over a "dates | title" line names its employer, though its words do not say it is a firm: a name
 * and its town after a dash, or a way of working alone. Neither is the employer of the entry above.
 */
class EmployerOverItsTitleTest {

    private static List<String> timeline(String cv) {
        return new StructuredProfileReader(Optional.empty(), Optional.empty())
                .read(List.of(new MarkdownParser().parse("cv.md", cv))).roles().stream()
                        .map(r -> r.organization() + " | " + r.title() + " | "
                                + r.dates().display())
                        .toList();
    }

    @Test
    void should_read_a_name_and_its_town_and_a_way_of_working_over_dated_titles_as_their_employers() {
        String cv = """
                # Tolga Ekinci

                ## Experience

                Ege Software Ltd. — Izmir

                06/2017 – 01/2018 | Junior Developer

                Built hotel booking services in C#.

                Freelance

                Oct 2016 – May 2017 | Web Developer (part-time)

                Three Django web apps for small businesses.

                Logo Yazılım — Gebze, Kocaeli

                Jul 2016 – Aug 2016 | Intern

                SQL reports for the ERP team.
                """;

        assertThat(timeline(cv))
                .containsExactly(
                        "Logo Yazılım | Intern | July 2016 to August 2016",
                        "Freelance | Web Developer | October 2016 to May 2017",
                        "Ege Software Ltd | Junior Developer | June 2017 to January 2018");
    }
}
