package dev.profilebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilebot.testing.TestApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal chat keeps the question log; {@code report} reads it back, as text or JSON. */
class ReportCommandTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_report_what_the_chat_was_asked_with_the_gaps_grouped() throws Exception {
        run("Where does he work now?\nDoes he speak Welsh?\nIs he fluent in Welsh?\nDoes he speak Spanish?\n", "chat");
        out.reset();

        int status = run("", "report", "--json");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.get("questions").asInt()).isEqualTo(4);
        assertThat(report.get("answered").asInt()).isEqualTo(1);
        assertThat(report.get("by_platform").get("cli").asInt()).isEqualTo(4);
        assertThat(report.get("feedback").get("up").asInt()).isZero();
        assertThat(report.get("not_covered")).hasSize(2);
        assertThat(report.get("not_covered").get(0).get("question").asText()).isEqualTo("Does he speak Welsh?");
        assertThat(report.get("not_covered").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(report.get("not_covered").get(1).get("question").asText()).isEqualTo("Does he speak Spanish?");
        assertThat(report.has("since")).isTrue();
        assertThat(report.has("worst_rated")).isTrue();
    }

    @Test
    void should_print_a_readable_summary() {
        run("Where does he work now?\nDoes he speak Welsh?\n", "chat");
        out.reset();

        assertThat(run("", "report", "--since", "1d")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("2 questions, 1 answered (50%)")
                .contains("Not covered by the documents")
                .contains("1 × Does he speak Welsh?")
                .contains("By platform: cli 2");
    }

    @Test
    void should_log_ask_only_when_asked_to() {
        run("", "ask", "Where does he work now?");
        assertThat(Files.exists(data.resolve("questions.db"))).isFalse();

        run("", "ask", "--log", "Where does he work now?");
        out.reset();
        run("", "report", "--json");

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"questions\":1");
    }

    @Test
    void should_keep_nothing_when_the_log_is_off() {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("QUESTION_LOG", "off");
        env.put("DATA_DIR", data.toString());

        int status = Cli.run(
                new String[] {"chat"},
                env,
                new ByteArrayInputStream("Does he speak Welsh?\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("doesn't say");
        assertThat(data.toFile().list()).isEmpty();
    }

    @Test
    void should_stop_with_the_files_name_when_the_log_is_not_a_database() throws Exception {
        Path file = data.resolve("questions.db");
        Files.writeString(file, "not a database");

        assertThat(run("", "report")).isEqualTo(Cli.EXIT_STARTUP_ERROR);
        assertThat(run("", "chat")).isEqualTo(Cli.EXIT_STARTUP_ERROR);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(file.toString())
                .contains("left as it is");
        assertThat(Files.readString(file)).isEqualTo("not a database");
    }

    @Test
    void should_say_there_is_no_log_yet() {
        assertThat(run("", "report")).isEqualTo(Cli.EXIT_STARTUP_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no question log at");
    }

    @Test
    void should_refuse_an_unreadable_since() {
        assertThat(run("", "report", "--since", "last tuesday")).isEqualTo(Cli.EXIT_STARTUP_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("neither an age such as 7d");
    }

    private int run(String stdin, String... args) {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("QUESTION_LOG", "on");
        env.put("DATA_DIR", data.toString());
        return Cli.run(
                args,
                env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
