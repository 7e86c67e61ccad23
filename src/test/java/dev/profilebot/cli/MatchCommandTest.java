package dev.profilebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilebot.testing.TestApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code match [FILE] [--json]} as a person runs it. */
class MatchCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_print_one_json_object_with_each_requirement_its_status_and_quotations() throws IOException {
        Path posting = folder.resolve("posting.md");
        Files.writeString(posting, """
                ## About us
                We make maps.

                ## Requirements
                - Strong experience with Python and Django
                - Experience with Haskell
                """);

        int status = run("", "match", "--json", posting.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.path("summary_by").asText()).isEqualTo("documents");
        assertThat(report.path("requirements")).hasSize(2);
        assertThat(report.path("requirements").get(0).path("status").asText()).isEqualTo("met");
        assertThat(report.path("requirements")
                        .get(0)
                        .path("evidence")
                        .get(0)
                        .path("source")
                        .asText())
                .startsWith("resume.md");
        assertThat(report.path("requirements").get(1).path("status").asText()).isEqualTo("missing");
        assertThat(report.path("counts").path("met").asInt()).isEqualTo(1);
        assertThat(report.path("summary").asText()).contains("Jonathan Hartley meets 1 of 2 requirements");
    }

    @Test
    void should_read_standard_input_and_say_what_is_wrong_with_bad_input() {
        assertThat(run("", "match")).isEqualTo(Cli.EXIT_STARTUP_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The job description is empty");

        err.reset();
        assertThat(run("", "match", folder.resolve("nope.md").toString())).isEqualTo(Cli.EXIT_STARTUP_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");

        err.reset();
        assertThat(run("- Experience with Kubernetes\n- 5+ years of Python\n", "match"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("✅ 5+ years of Python");
    }

    private int run(String stdin, String... args) {
        return Cli.run(
                args,
                TestApplication.environment(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
