package dev.profilebot.answer;

import static dev.profilebot.testing.FakeModelServer.delayed;
import static dev.profilebot.testing.FakeModelServer.malformed;
import static dev.profilebot.testing.FakeModelServer.openAi;
import static dev.profilebot.testing.FakeModelServer.openAiStream;
import static dev.profilebot.testing.FakeModelServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.llm.GatedAnswerModel;
import dev.profilebot.llm.ModelThrottle;
import dev.profilebot.llm.ResilientAnswerModel;
import dev.profilebot.testing.FakeModelServer;
import dev.profilebot.testing.MutableClock;
import dev.profilebot.testing.TestApplication;
import dev.profilebot.testing.TestModels;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The answer service with LangChain4j's real OpenAI client against a fake OpenAI-compatible server. */
class OpenAiCompatibleModelIT {

    private static final String RATE_LIMITED = "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}";
    private static final String SERVER_ERROR = "{\"error\":{\"message\":\"The server had an error (secret detail)\"}}";

    private FakeModelServer server;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeModelServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void should_answer_with_the_model_and_cite_the_passages_it_used() throws IOException {
        server.script(openAi("Jonathan studied Electronics at the University of Durham [1]."));

        Answer answer = service(20, 2).answer("Where did he go to university?");

        assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
        assertThat(answer.text()).isEqualTo("Jonathan studied Electronics at the University of Durham [1].");
        assertThat(answer.sources()).extracting(Source::label).containsExactly("resume.md › Education");
        FakeModelServer.Request request = server.requests().get(0);
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer test-key");
        assertThat(request.json().path("model").asText()).isEqualTo("test-model");
        assertThat(request.json().path("max_tokens").asInt()).isEqualTo(500);
        assertThat(request.json().path("temperature").asDouble()).isEqualTo(0.2);
        String systemPrompt =
                Files.readString(Path.of("prompts/system-prompt.txt")).strip();
        assertThat(request.message("system")).isEqualTo(systemPrompt.replace("{{profile_name}}", "Jonathan Hartley"));
        assertThat(request.message("user"))
                .contains("[1] resume.md › Education\nUniversity of Durham (United Kingdom).")
                .contains("Question: Where did he go to university?")
                .contains("Conversation so far:\n(none)")
                .contains("Name: Jonathan Hartley (pronouns: they/them, not stated)")
                .contains(
                        "Timeline, most recent first:\n- Lambda, September 2023 to present (resume.md › Current Role › Lambda)")
                .contains(
                        "- Bachelor of Science in Electronics at University of Durham, 2:1 (with Honors) (resume.md › Education)");
    }

    @Test
    void should_list_only_the_sources_the_answer_cites() {
        server.script(openAi("He built security groups [2]."));

        Answer answer = service(20, 2).answer("What did he build at IBM Cloud?");

        assertThat(answer.sources()).hasSize(1);
    }

    @Test
    void should_stream_the_answer_a_sentence_at_a_time() {
        server.script(openAiStream("Jonathan studied ", "Electronics [1]. ", "At Dur", "ham [1]."));
        List<String> pieces = new ArrayList<>();

        Answer answer =
                service(20, 2).answer(Question.standalone("Where did he go to university?"), Optional.of(pieces::add));

        assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
        assertThat(answer.text()).isEqualTo("Jonathan studied Electronics [1]. At Durham [1].");
        assertThat(pieces).containsExactly("Jonathan studied Electronics [1]. ", "At Durham [1].");
        FakeModelServer.Request request = server.requests().get(0);
        assertThat(request.json().path("stream").asBoolean()).isTrue();
        assertThat(request.json().path("model").asText()).isEqualTo("test-model");
        assertThat(request.json().path("max_tokens").asInt()).isEqualTo(500);
        assertThat(request.json().path("temperature").asDouble()).isEqualTo(0.2);
    }

    @Test
    void should_retry_a_rate_limited_call_and_then_answer() {
        server.script(status(429, RATE_LIMITED), openAi("He works at Lambda [1]."));

        Answer answer = service(20, 2).answer("Where does he work now?");

        assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
        assertThat(answer.text()).isEqualTo("He works at Lambda [1].");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void should_fall_back_and_stop_calling_a_failing_model_until_the_breaker_lets_one_call_through() {
        server.script(status(500, SERVER_ERROR));
        ResilientAnswerModel model = TestModels.openAi(server, 20, 2, clock);
        AnswerService answers = TestApplication.get().newAnswerService(0, 100, Optional.of(TestModels.answerer(model)));

        for (int i = 0; i < 5; i++) {
            Answer answer = answers.answer("Where did he go to university?");
            assertThat(answer.mode()).isEqualTo(Answer.Mode.FALLBACK);
            assertThat(answer.text()).contains("University of Durham").doesNotContain("secret detail", "500");
        }
        assertThat(model.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        int callsBeforeOpen = server.requests().size();
        assertThat(callsBeforeOpen).isEqualTo(10); // two attempts for each of five questions

        Answer whileOpen = answers.answer("What is Colorama?");
        assertThat(whileOpen.mode()).isEqualTo(Answer.Mode.FALLBACK);
        assertThat(server.requests()).hasSize(callsBeforeOpen);

        clock.advance(Duration.ofSeconds(31));
        server.script(openAi("Colorama is his Python library [1]."));
        Answer afterwards = answers.answer("What is Colorama?");
        assertThat(afterwards.mode()).isEqualTo(Answer.Mode.LLM);
        assertThat(model.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void should_fall_back_soon_after_a_reply_slower_than_the_timeout() {
        server.script(delayed(4_000, openAi("Too late [1].")));
        AnswerService answers = service(1, 1);

        long start = System.nanoTime();
        Answer answer = answers.answer("Where did he go to university?");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(answer.mode()).isEqualTo(Answer.Mode.FALLBACK);
        assertThat(answer.text()).contains("University of Durham");
        assertThat(millis).isLessThan(1_000 + 2_500);
    }

    @Test
    void should_answer_from_the_documents_at_once_said_as_such_while_the_model_is_busy() throws Exception {
        // given one model slot, taken by a slow answer
        server.script(delayed(3_000, openAi("He studied at Durham [1].")));
        GatedAnswerModel gated = new GatedAnswerModel(
                TestModels.openAi(server, 20, 1, clock),
                1,
                Duration.ofSeconds(1),
                new ModelThrottle(),
                new SimpleMeterRegistry());
        AnswerService answers = TestApplication.get().newAnswerService(0, 100, Optional.of(TestModels.answerer(gated)));
        CompletableFuture<Answer> first =
                CompletableFuture.supplyAsync(() -> answers.answer("Where did he go to university?"));
        while (server.requests().isEmpty()) {
            Thread.sleep(5);
        }

        // when
        long start = System.nanoTime();
        Answer busy = answers.answer("What is Colorama?");
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then
        assertThat(busy.mode()).isEqualTo(Answer.Mode.FALLBACK);
        assertThat(busy.text())
                .startsWith("Many people are asking right now, so this answer comes straight from the documents: ")
                .contains("Colorama");
        assertThat(busy.sources()).isNotEmpty();
        assertThat(millis).isLessThan(2_000);
        assertThat(server.requests()).hasSize(1);
        assertThat(first.get().mode()).isEqualTo(Answer.Mode.LLM);
    }

    @Test
    void should_fall_back_without_showing_the_error_when_the_reply_is_malformed() {
        server.script(malformed());

        Answer answer = service(20, 2).answer("What is Colorama?");

        assertThat(answer.mode()).isEqualTo(Answer.Mode.FALLBACK);
        assertThat(answer.text()).contains("Colorama").doesNotContain("Exception", "json", "JSON");
        assertThat(server.requests()).hasSize(1); // a malformed reply is not retried
    }

    @Test
    void should_send_the_conversation_and_retrieve_for_the_follow_up() {
        server.script(openAi("He worked on the Snap Store [1]."), openAi("Before Canonical he was at IBM Cloud [2]."));
        AnswerService answers = service(20, 2);

        answers.answer(Question.in("channel-1", "What did he do at Canonical?"));
        Answer followUp = answers.answer(Question.in("channel-1", "and before that?"));

        assertThat(followUp.mode()).isEqualTo(Answer.Mode.LLM);
        String prompt = server.requests().get(1).message("user");
        assertThat(prompt)
                .contains("Asker: What did he do at Canonical?\nYou: He worked on the Snap Store [1].")
                .contains("Question: and before that?")
                .contains("Previous Roles › Canonical");
    }

    @Test
    void should_keep_conversations_apart() {
        server.script(openAi("He worked on the Snap Store [1]."));
        AnswerService answers = service(20, 2);

        answers.answer(Question.in("channel-1", "What did he do at Canonical?"));
        answers.answer(Question.in("channel-2", "and before that?"));

        assertThat(server.requests().get(1).message("user")).contains("Conversation so far:\n(none)");
    }

    @Test
    void should_never_pass_on_a_phone_number_the_model_writes() {
        server.script(
                openAi("Call him on +1 507 513 1101 or at 1601 5th Ave NW [1]."),
                openAiStream("Sure. ", "Call him on +1 507 ", "513 1101 any time [1]. ", "Or email him."));
        List<String> pieces = new ArrayList<>();

        Answer answer = service(20, 2).answer("What did he do at Lambda?");
        Answer streamed = service(20, 2)
                .answer(Question.standalone("Tell me about his work at Lambda"), Optional.of(pieces::add));

        assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
        assertThat(answer.text()).startsWith("Call him on [withheld]").doesNotContain("513", "1101", "1601", "5th Ave");
        assertThat(streamed.mode()).isEqualTo(Answer.Mode.LLM);
        assertThat(streamed.text()).doesNotContain("513", "1101");
        assertThat(pieces).isNotEmpty();
        assertThat(String.join("", pieces)).doesNotContain("513", "1101");
    }

    @Test
    void should_cache_model_answers_but_not_follow_ups() {
        server.script(openAi("He studied at Durham [1]."));
        AnswerService answers = TestApplication.get()
                .newAnswerService(100, 100, Optional.of(TestModels.answerer(TestModels.openAi(server, 20, 2, clock))));

        answers.answer(Question.in("c", "Where did he go to university?"));
        answers.answer(Question.in("d", "Where did he go to university?"));
        answers.answer(Question.in("c", "and what did he study?"));
        answers.answer(Question.in("c", "and what did he study?"));

        assertThat(server.requests()).hasSize(3);
    }

    private AnswerService service(int timeoutSeconds, int maxAttempts) {
        ResilientAnswerModel model = TestModels.openAi(server, timeoutSeconds, maxAttempts, clock);
        return TestApplication.get().newAnswerService(0, 100, Optional.of(TestModels.answerer(model)));
    }
}
