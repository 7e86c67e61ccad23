package dev.profilebot.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Wraps the model with the one retry layer (Resilience4j: exponential backoff with jitter, only
 * for failures a retry can fix) inside a circuit breaker sized for low traffic: after a few failed
 * calls in a row the model is skipped, without a network call, until the breaker lets one call
 * through to test it. A streamed answer is not retried once part of it was shown. A retry waits at
 * least as long as the provider asked ({@code Retry-After}, kept by the {@link ModelThrottle}), and
 * is not made when that is longer than a question may wait. A 429 does not count against the
 * breaker, and one still there after the retries is a {@link ModelBusyException}.
 */
public final class ResilientAnswerModel implements AnswerModel {

    /** Jitter: each backoff is randomised by up to this share. */
    static final double JITTER = 0.5;

    static final double BACKOFF_MULTIPLIER = 2.0;

    private final AnswerModel model;
    private final Retry retry;
    private final CircuitBreaker breaker;

    public ResilientAnswerModel(AnswerModel model, RetryPolicy policy, ModelThrottle throttle) {
        this.model = model;
        IntervalFunction backoff =
                IntervalFunction.ofExponentialRandomBackoff(policy.initialBackoff(), BACKOFF_MULTIPLIER, JITTER);
        this.retry = Retry.of(
                "model",
                RetryConfig.custom()
                        .maxAttempts(policy.maxAttempts())
                        .intervalBiFunction((attempt, outcome) -> Math.max(
                                backoff.apply(attempt), throttle.remaining().toMillis()))
                        .retryOnException(failure -> ModelFailures.isRetryable(failure)
                                && throttle.remaining().compareTo(policy.longestRetryAfter()) <= 0)
                        .build());
        this.breaker = CircuitBreaker.of(
                "model",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(policy.breakerFailures())
                        .minimumNumberOfCalls(policy.breakerFailures())
                        .failureRateThreshold(100)
                        .waitDurationInOpenState(policy.breakerOpen())
                        .permittedNumberOfCallsInHalfOpenState(1)
                        // a rate limit is the provider's pacing, not a failing model
                        .ignoreException(ModelFailures::isRateLimit)
                        .clock(policy.clock())
                        .build());
    }

    @Override
    public String complete(ModelPrompt prompt) {
        return call(() -> model.complete(prompt));
    }

    @Override
    public String stream(ModelPrompt prompt, Consumer<String> partial) {
        return call(() -> {
            AtomicBoolean shown = new AtomicBoolean();
            try {
                return model.stream(prompt, text -> {
                    shown.set(true);
                    partial.accept(text);
                });
            } catch (RuntimeException e) {
                throw shown.get() ? new ModelFailures.StreamBrokenException(e) : e;
            }
        });
    }

    @Override
    public String describe() {
        return model.describe();
    }

    /** CLOSED, OPEN or HALF_OPEN, for operations. */
    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    private String call(Supplier<String> attempt) {
        try {
            return breaker.executeSupplier(Retry.decorateSupplier(retry, attempt));
        } catch (RuntimeException e) {
            if (ModelFailures.isRateLimit(e) && !(e instanceof ModelFailures.StreamBrokenException)) {
                // still rate-limited after the retries: answered offline as "busy", not as a failure
                throw new ModelBusyException(
                        ModelBusyException.Reason.RATE_LIMITED, "the provider is rate-limiting the calls");
            }
            throw e;
        }
    }
}
