package dev.profilebot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilebot.testing.FakeModelServer;
import dev.profilebot.testing.TestModels;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gate in front of the model, driven through the real OpenAI client against a fake server. */
class GatedAnswerModelTest {

    private static final ModelPrompt PROMPT = new ModelPrompt("system", "Where does he work?");

    private final FakeModelServer server;
    private final MeterRegistry metrics = new SimpleMeterRegistry();
    private final ExecutorService askers = Executors.newCachedThreadPool();

    GatedAnswerModelTest() throws IOException {
        server = new FakeModelServer();
    }

    @AfterEach
    void stop() {
        askers.shutdownNow();
        server.close();
    }

    @Test
    void should_never_have_more_calls_in_flight_than_its_slots() throws Exception {
        // given
        server.script(FakeModelServer.delayed(300, FakeModelServer.openAi("He works at Canonical.")));
        GatedAnswerModel gated = gated(2, Duration.ofSeconds(10));

        // when
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(askers.submit(() -> gated.complete(PROMPT)));
        }

        // then
        for (Future<String> answer : answers) {
            assertThat(answer.get()).isEqualTo("He works at Canonical.");
        }
        assertThat(server.requests()).hasSize(8);
        assertThat(server.mostAtOnce()).isEqualTo(2);
        assertThat(gated.inFlight()).isZero();
    }

    @Test
    void should_turn_a_question_away_when_its_wait_is_up() throws Exception {
        // given one slot, held by a slow answer
        server.script(FakeModelServer.delayed(2500, FakeModelServer.openAi("Slowly.")));
        GatedAnswerModel gated = gated(1, Duration.ofSeconds(1));
        Future<String> first = askers.submit(() -> gated.complete(PROMPT));
        awaitRequests(1);

        // when
        long start = System.nanoTime();
        assertThatThrownBy(() -> gated.complete(PROMPT))
                .isInstanceOfSatisfying(
                        ModelBusyException.class,
                        busy -> assertThat(busy.reason()).isEqualTo(ModelBusyException.Reason.BUSY));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        // then it waited its second, not the slow answer's time, and never reached the model
        assertThat(waited).isBetween(Duration.ofMillis(900), Duration.ofMillis(2400));
        assertThat(server.requests()).hasSize(1);
        assertThat(first.get()).isEqualTo("Slowly.");
        assertThat(metrics.counter("profilebot.model.degraded", "reason", "busy")
                        .count())
                .isEqualTo(1);
        assertThat(metrics.timer("profilebot.model.wait").count()).isEqualTo(2);
    }

    @Test
    void should_turn_a_question_away_at_once_when_the_queue_ahead_cannot_be_served_in_its_wait() throws Exception {
        // given answers take 1.5 s and a question may wait 2 s for its answer to start
        server.script(FakeModelServer.delayed(1500, FakeModelServer.openAi("In time.")));
        GatedAnswerModel gated = gated(1, Duration.ofSeconds(2));
        assertThat(gated.complete(PROMPT)).isEqualTo("In time.");
        Future<String> inFlight = askers.submit(() -> gated.complete(PROMPT));
        awaitRequests(2);
        CompletableFuture<Void> queued = CompletableFuture.runAsync(
                () -> {
                    try {
                        gated.complete(PROMPT);
                    } catch (ModelBusyException e) {
                        // its half second is up before the slot frees
                    }
                },
                askers);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (gated.waiting() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(gated.waiting())
                .as("a question queued behind the one in flight")
                .isEqualTo(1);

        // when one more asks, with a whole answer's time ahead of it
        long start = System.nanoTime();
        assertThatThrownBy(() -> gated.complete(PROMPT)).isInstanceOf(ModelBusyException.class);

        // then it is not kept waiting at all
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));
        assertThat(inFlight.get()).isEqualTo("In time.");
        queued.get();
    }

    @Test
    void should_hold_back_the_calls_after_a_429_for_as_long_as_the_provider_asks() {
        // given the provider asks for 30 s, longer than a question may wait
        server.script(FakeModelServer.rateLimited(30), FakeModelServer.openAi("Too late."));
        GatedAnswerModel gated = forAnswers(Duration.ofSeconds(2));

        // when
        assertThatThrownBy(() -> gated.complete(PROMPT))
                .isInstanceOfSatisfying(
                        ModelBusyException.class,
                        busy -> assertThat(busy.reason()).isEqualTo(ModelBusyException.Reason.RATE_LIMITED));
        long start = System.nanoTime();
        assertThatThrownBy(() -> gated.complete(PROMPT))
                .isInstanceOfSatisfying(
                        ModelBusyException.class,
                        busy -> assertThat(busy.reason()).isEqualTo(ModelBusyException.Reason.RATE_LIMITED));

        // then the 429 was not retried, and the next question was answered offline without a call
        assertThat(server.requests()).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));
        assertThat(metrics.counter("profilebot.model.degraded", "reason", "rate_limited")
                        .count())
                .as("both questions answered offline because of the rate limit")
                .isEqualTo(2);
    }

    @Test
    void should_retry_a_429_after_the_pause_it_asked_for_when_that_fits_the_wait() {
        // given
        server.script(FakeModelServer.rateLimited(1), FakeModelServer.openAi("After the pause."));
        GatedAnswerModel gated = forAnswers(Duration.ofSeconds(5));

        // when
        long start = System.nanoTime();
        String answer = gated.complete(PROMPT);

        // then
        assertThat(answer).isEqualTo("After the pause.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(server.requests()).hasSize(2);
    }

    private GatedAnswerModel gated(int slots, Duration maxWait) {
        ResilientAnswerModel model = TestModels.openAi(server, 10, 1, Clock.systemUTC());
        return new GatedAnswerModel(model, slots, maxWait, new ModelThrottle(), metrics);
    }

    /** The model as the bot builds it, its client reporting Retry-After to the gate and the retries. */
    private GatedAnswerModel forAnswers(Duration maxWait) {
        return AnswerModels.forAnswers(
                        TestModels.settings(Map.of(
                                "LLM_PROVIDER", "openai",
                                "LLM_BASE_URL", server.baseUrl(),
                                "LLM_API_KEY", "test-key",
                                "LLM_MAX_ATTEMPTS", "2",
                                "LLM_MAX_WAIT_SECONDS", String.valueOf(maxWait.toSeconds()))),
                        metrics)
                .orElseThrow();
    }

    private void awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.requests().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
