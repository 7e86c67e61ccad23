package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.testing.TestApplication;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What did she do at X?" on a Markdown résumé that lists its jobs in a table, then gives each job a
 * section of its own, beside an FAQ that names the employer in passing: the job's own lines answer.
 */
class JobSectionFirstTest {

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("resume.md"), """
                # Robin Achterberg

                ## Experience

                | Years       | Company                         | Role                     |
                |-------------|---------------------------------|--------------------------|
                | 2021 – now  | Quillfeather (remote, Montréal) | Frontend Engineer II     |
                | 2019 – 2021 | Maplehatch Studio (Toronto)     | Frontend Developer       |

                ### Quillfeather — Frontend Engineer II (June 2021 – present)

                Collaborative document editor for legal teams.

                - Implemented real-time presence on top of Yjs and WebSockets.

                ### Maplehatch Studio — Frontend Developer (August 2019 – May 2021)

                Digital agency, 30 people; websites and web apps for retail, arts and non-profit clients.

                - Shipped 14 client projects with Vue 2/Vue 3 and Nuxt, plus a few React ones.
                - Built the Harbourfront Arts Festival ticketing site (peak of 9,000 concurrent users).
                """);
        Files.writeString(folder.resolve("faq.md"), """
                # FAQ for recruiters

                ## Why did you move to Canada?

                My partner got a research position at a Toronto hospital in 2019, and I found the Maplehatch Studio
                job a few weeks before we moved.
                """);
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("PROFILE_DATA_DIR", folder.toString());
        answers = Application.start(ConfigLoader.load(env), new SimpleMeterRegistry())
                .answers();
    }

    @Test
    void should_answer_what_was_done_at_an_employer_from_its_own_section_before_a_table_row_or_an_faq() {
        Answer answer = answers.answer("What did Robin do at Maplehatch Studio?");

        assertThat(answer.text())
                .startsWith("At Maplehatch Studio (Frontend Developer, 2019–2021): ")
                .contains("Shipped 14 client projects")
                .doesNotContain("research position")
                .doesNotContain("Company:");
    }
}
