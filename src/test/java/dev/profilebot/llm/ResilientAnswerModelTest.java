package dev.profilebot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.profilebot.testing.MutableClock;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ResilientAnswerModelTest {

    private static final ModelPrompt PROMPT = new ModelPrompt("system", "user");

    private final MutableClock clock = new MutableClock();
    private final ScriptedModel model = new ScriptedModel();
    private final ResilientAnswerModel resilient = new ResilientAnswerModel(
            model,
            new RetryPolicy(2, Duration.ofMillis(1), 5, Duration.ofSeconds(30), clock, Duration.ofSeconds(5)),
            new ModelThrottle());

    @Test
    void should_retry_what_a_retry_can_fix() {
        model.then(new RateLimitException("429")).then("answer");

        assertThat(resilient.complete(PROMPT)).isEqualTo("answer");
        assertThat(model.calls).isEqualTo(2);
    }

    @Test
    void should_not_retry_what_a_retry_cannot_fix() {
        model.then(new AuthenticationException("401"));

        assertThatThrownBy(() -> resilient.complete(PROMPT)).isInstanceOf(AuthenticationException.class);
        assertThat(model.calls).isEqualTo(1);
    }

    @Test
    void should_give_up_after_the_last_attempt() {
        model.then(new InternalServerException("500")).then(new InternalServerException("500"));

        assertThatThrownBy(() -> resilient.complete(PROMPT)).isInstanceOf(InternalServerException.class);
        assertThat(model.calls).isEqualTo(2);
    }

    @Test
    void should_open_after_five_failed_calls_and_test_the_model_again_after_the_wait() {
        for (int i = 0; i < 10; i++) {
            model.then(new InternalServerException("500"));
        }
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> resilient.complete(PROMPT)).isInstanceOf(InternalServerException.class);
        }
        assertThat(resilient.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        int calls = model.calls;

        assertThatThrownBy(() -> resilient.complete(PROMPT)).isInstanceOf(CallNotPermittedException.class);
        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> resilient.complete(PROMPT)).isInstanceOf(CallNotPermittedException.class);
        assertThat(model.calls).isEqualTo(calls);

        clock.advance(Duration.ofSeconds(2));
        model.then("recovered");
        assertThat(resilient.complete(PROMPT)).isEqualTo("recovered");
        assertThat(resilient.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void should_stay_closed_when_failures_are_not_in_a_row() {
        for (int i = 0; i < 4; i++) {
            model.then(new AuthenticationException("401")).then("fine");
            assertThatThrownBy(() -> resilient.complete(PROMPT)).isInstanceOf(AuthenticationException.class);
            resilient.complete(PROMPT);
        }

        assertThat(resilient.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void should_not_retry_a_stream_that_broke_after_showing_text() {
        model.streamPiecesThen(List.of("Hello "), new TimeoutException("read timed out"));
        List<String> shown = new ArrayList<>();

        assertThatThrownBy(() -> resilient.stream(PROMPT, shown::add))
                .isInstanceOf(ModelFailures.StreamBrokenException.class);
        assertThat(model.calls).isEqualTo(1);
        assertThat(shown).containsExactly("Hello ");
    }

    @Test
    void should_classify_failures_by_whether_a_retry_can_fix_them() {
        assertThat(ModelFailures.isRetryable(new RateLimitException("x"))).isTrue();
        assertThat(ModelFailures.isRetryable(new HttpException(503, "x"))).isTrue();
        assertThat(ModelFailures.isRetryable(new RuntimeException(new java.net.http.HttpTimeoutException("x"))))
                .isTrue();
        assertThat(ModelFailures.isRetryable(new HttpException(400, "bad request")))
                .isFalse();
        assertThat(ModelFailures.isRetryable(new IllegalStateException("parse error")))
                .isFalse();
        assertThat(ModelFailures.describe(new HttpException(503, "provider says sk-secret")))
                .isEqualTo("HttpException (HTTP 503)")
                .doesNotContain("sk-secret");
    }

    /** A model that plays back scripted answers and failures, counting calls. */
    private static final class ScriptedModel implements AnswerModel {
        private final Deque<Object> script = new ArrayDeque<>();
        private List<String> pieces = List.of();
        int calls;

        ScriptedModel then(Object next) {
            script.add(next);
            return this;
        }

        void streamPiecesThen(List<String> streamed, RuntimeException failure) {
            pieces = streamed;
            script.add(failure);
        }

        @Override
        public String complete(ModelPrompt prompt) {
            calls++;
            Object next = script.poll();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (String) next;
        }

        @Override
        public String stream(ModelPrompt prompt, Consumer<String> partial) {
            pieces.forEach(partial);
            return complete(prompt);
        }

        @Override
        public String describe() {
            return "scripted";
        }
    }
}
