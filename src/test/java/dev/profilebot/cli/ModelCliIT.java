package dev.profilebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilebot.testing.FakeModelServer;
import dev.profilebot.testing.LogCapture;
import dev.profilebot.testing.TestApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command line with a model configured by variables, against a fake OpenAI-compatible server. */
class ModelCliIT {

    private FakeModelServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeModelServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void should_stream_the_model_answer_into_the_terminal_chat_and_remember_the_conversation() {
        server.script(
                FakeModelServer.openAiStream("He worked on ", "the Snap Store [1]. ", "It serves Linux devices [1]."),
                FakeModelServer.openAiStream("Before that, ", "IBM Cloud [2]."));

        int status = run("What did he do at Canonical?\nand before that?\n", "chat");

        assertThat(status).isZero();
        assertThat(stdout())
                .contains(
                        "He worked on the Snap Store [1]. It serves Linux devices [1].\nSources: resume.md › Previous Roles › Canonical")
                .contains("Before that, IBM Cloud [2].");
        assertThat(server.requests().get(1).message("user")).contains("Asker: What did he do at Canonical?");
    }

    @Test
    void should_mark_model_answers_and_fallbacks_in_json() throws Exception {
        server.script(
                FakeModelServer.openAi("He studied at Durham [1]."),
                FakeModelServer.status(401, "{\"error\":{\"message\":\"Incorrect API key provided: sk-te****key\"}}"));

        int status;
        String logs;
        try (LogCapture capture = new LogCapture()) {
            status = run("Where did he go to university?\nWhat is Colorama?\n", "ask", "--json");
            logs = capture.text();
        }

        assertThat(status).isZero();
        List<String> lines = stdout().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(first.get("mode").asText()).isEqualTo("llm");
        assertThat(first.get("answer").asText()).isEqualTo("He studied at Durham [1].");
        assertThat(second.get("mode").asText()).isEqualTo("fallback");
        assertThat(second.get("answer").asText()).contains("Colorama").doesNotContain("API key");
        assertThat(logs)
                .contains("The model failed (AuthenticationException (HTTP 401))")
                .doesNotContain("test-key", "sk-te");
        assertThat(stderr()).doesNotContain("test-key", "sk-te");
    }

    @Test
    void should_say_in_the_terminal_when_an_answer_comes_without_the_model() {
        server.script(FakeModelServer.status(503, "{\"error\":{\"message\":\"overloaded\"}}"));

        int status = run("", "ask", "What is Colorama?");

        assertThat(status).isZero();
        assertThat(stdout())
                .startsWith(AnswerPrinter.FALLBACK_NOTE + "\n")
                .contains("Colorama")
                .doesNotContain("overloaded", "503");
    }

    private int run(String input, String... args) {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("LLM_PROVIDER", "openai");
        env.put("LLM_BASE_URL", server.baseUrl());
        env.put("LLM_API_KEY", "test-key");
        env.put("LLM_MAX_ATTEMPTS", "1");
        return Cli.run(
                args,
                env,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
