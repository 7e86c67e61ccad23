package dev.profilebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilebot.testing.TestApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_keep_the_memory_of_a_conversation_across_json_object_lines() throws Exception {
        // given two conversations interleaved, a plain line and a malformed one
        String input = String.join(
                "\n",
                "{\"question\": \"What did he do at IBM Cloud?\", \"conversation\": \"a\"}",
                "{\"question\": \"Where does he work now?\", \"conversation\": \"b\"}",
                "{\"question\": \"And after that?\", \"conversation\": \"a\"}",
                "{\"question\": \"How long has he been there?\", \"conversation\": \"b\"}",
                "And after that?",
                "{\"conversation\": \"a\"}");

        // when
        int status = run(input, "ask", "--json");

        // then
        assertThat(status).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout().lines().toList()) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(6);
        assertThat(lines.get(2).get("answer").asText()).startsWith("After IBM Cloud, Jonathan moved to Canonical");
        assertThat(lines.get(3).get("answer").asText()).startsWith("Jonathan has been at Lambda for");
        assertThat(lines.get(4).get("answer").asText()).doesNotContain("Canonical"); // a plain line stands alone
        assertThat(lines.get(5).get("error").asText())
                .isEqualTo("line 6 is not a JSON object with a \"question\" text");
    }

    @Test
    void should_write_one_json_object_per_question_in_order_and_nothing_else() throws Exception {
        int status = run("Where did he study?\n\nWhat is his email address?\nIs he married?\n", "ask", "--json");

        assertThat(status).isZero();
        List<String> lines = stdout().lines().toList();
        assertThat(lines).hasSize(3);
        List<JsonNode> objects = new ArrayList<>();
        for (String line : lines) {
            objects.add(new ObjectMapper().readTree(line));
        }
        assertThat(objects)
                .extracting(o -> o.get("question").asText())
                .containsExactly("Where did he study?", "What is his email address?", "Is he married?");
        JsonNode first = objects.get(0);
        assertThat(iterableFieldNames(first)).containsExactly("question", "answer", "sources", "mode", "millis");
        assertThat(first.get("answer").asText()).contains("University of Durham");
        assertThat(first.get("sources").get(0).get("file").asText()).isEqualTo("resume.md");
        assertThat(first.get("sources").get(0).get("section").asText()).isEqualTo("Education");
        assertThat(first.get("sources").get(0).get("score").isNumber()).isTrue();
        assertThat(first.get("mode").asText()).isEqualTo("offline");
        assertThat(first.get("millis").isIntegralNumber()).isTrue();
        assertThat(objects.get(1).get("answer").asText()).contains("tartley@tartley.com");
    }

    @Test
    void should_answer_a_question_given_as_arguments_with_its_sources() {
        int status = run("", "ask", "Where", "did", "he", "study?");

        assertThat(status).isZero();
        assertThat(stdout()).contains("University of Durham").contains("Sources: resume.md › Education");
    }

    @Test
    void should_chat_until_the_end_of_input() {
        int status = run("What is Colorama?\n", "chat");

        assertThat(status).isZero();
        assertThat(stdout())
                .startsWith("Ask me about Jonathan Hartley's profile.")
                .contains("Colorama")
                .contains("Sources: resume.md › Experience and technologies");
    }

    @Test
    void should_offer_three_questions_this_profile_answers_on_the_chats_first_lines() {
        int status = run("hello\n", "chat");

        assertThat(status).isZero();
        String offer = "Try: “Where does Jonathan work now?” · “Has Jonathan worked with CockroachDB?”"
                + " · “Where did Jonathan study?”";
        assertThat(stdout().lines().toList().get(1)).isEqualTo(offer);
        assertThat(stdout())
                .as("the greeting offers them too")
                .contains("Hi! I answer questions")
                .containsSubsequence(offer, offer);
    }

    @Test
    void should_chat_by_default_and_stop_at_quit() {
        int status = run("/quit\nWhat is Colorama?\n");

        assertThat(status).isZero();
        assertThat(stdout()).doesNotContain("Sources:");
    }

    @Test
    void should_score_a_question_set_and_fail_under_a_threshold() throws URISyntaxException {
        String file = Path.of(
                        CliTest.class.getResource("/eval/dev-questions.jsonl").toURI())
                .toString();

        int passing = run("", "eval", file, "--min", "fact=1.0", "--min", "all=1.0");
        String report = stdout();
        out.reset();
        int failing = run("", "eval", file, "--max-p95-millis", "0");

        assertThat(passing).isZero();
        assertThat(report).contains("fact           21/21  passed").contains("latency       p50");
        assertThat(failing).isEqualTo(1);
        assertThat(stdout()).contains("THRESHOLD NOT MET: p95 latency");
    }

    @Test
    void should_fail_every_case_of_a_profile_it_cannot_read_and_still_score_the_others(
            @org.junit.jupiter.api.io.TempDir Path corpus) throws java.io.IOException {
        for (String name : List.of("readable", "unreadable")) {
            java.nio.file.Files.createDirectories(corpus.resolve(name).resolve("docs"));
            java.nio.file.Files.writeString(
                    corpus.resolve(name).resolve("questions.jsonl"),
                    "{\"id\": \"" + name + "1\", \"kind\": \"pii\", \"question\": \"What is his phone number?\","
                            + " \"must\": [], \"must_not\": [\"513 1101\"]}\n");
        }

        int status = Cli.run(
                new String[] {"eval", corpus.toString()},
                TestApplication.environment(),
                in(""),
                print(out),
                print(err),
                (config, metrics) -> {
                    if (config.profileDataDir().endsWith(Path.of("unreadable", "docs"))) {
                        throw new dev.profilebot.profile.ProfileLoadException(
                                "No usable document in the profile folder");
                    }
                    return TestApplication.get();
                });

        assertThat(status).isZero();
        assertThat(stdout())
                .containsPattern("readable +pii 1/1")
                .containsPattern("unreadable +pii 0/1")
                .contains("FAIL unreadable1")
                .contains("profile not read: No usable document in the profile folder");
    }

    @Test
    void should_refuse_a_missing_question_set_with_a_clear_message() {
        int status = run("", "eval", "/no/such/questions.jsonl");

        assertThat(status).isEqualTo(2);
        assertThat(stderr()).contains("No question set or folder at /no/such/questions.jsonl");
    }

    @Test
    void should_stop_with_one_line_naming_a_bad_setting() {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("RETRIEVAL_TOP_K", "lots");

        int status = Cli.run(new String[] {"ask", "hello"}, env, in(""), print(out), print(err));

        assertThat(status).isEqualTo(Cli.EXIT_STARTUP_ERROR);
        assertThat(stderr().strip())
                .isEqualTo("profile-bot: RETRIEVAL_TOP_K must be a whole number from 1 to 50, got 'lots'");
    }

    @Test
    void should_stop_with_one_line_naming_a_missing_profile_folder() {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("PROFILE_DATA_DIR", "/no/such/profile");

        int status = Cli.run(new String[] {"ask", "hello"}, env, in(""), print(out), print(err));

        assertThat(status).isEqualTo(Cli.EXIT_STARTUP_ERROR);
        assertThat(stderr())
                .contains("/no/such/profile")
                .contains("PROFILE_DATA_DIR")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void should_list_the_commands_in_its_help() {
        int status = run("", "--help");

        assertThat(status).isZero();
        assertThat(stdout()).contains("chat", "ask", "eval", "bench");
    }

    private int run(String input, String... args) {
        return Cli.run(
                args,
                TestApplication.environment(),
                in(input),
                print(out),
                print(err),
                (config, metrics) -> TestApplication.get());
    }

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> iterableFieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
