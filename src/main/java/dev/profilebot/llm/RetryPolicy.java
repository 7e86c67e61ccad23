package dev.profilebot.llm;

import dev.profilebot.config.LlmSettings;
import java.time.Clock;
import java.time.Duration;

/**
 * How model calls are retried and when the model is skipped: attempts per call, the first backoff
 * (doubled each time, with jitter), failures in a row that open the circuit breaker, how long it
 * stays open, the clock it reads, and the longest pause a provider may ask for ({@code Retry-After})
 * before a call is retried rather than given up.
 */
public record RetryPolicy(
        int maxAttempts,
        Duration initialBackoff,
        int breakerFailures,
        Duration breakerOpen,
        Clock clock,
        Duration longestRetryAfter) {

    /** Backoff before the first retry; short, as an asker is waiting. */
    static final Duration INITIAL_BACKOFF = Duration.ofMillis(400);

    public static RetryPolicy of(LlmSettings settings) {
        return new RetryPolicy(
                settings.maxAttempts(),
                INITIAL_BACKOFF,
                settings.breakerFailures(),
                settings.breakerOpen(),
                Clock.systemUTC(),
                settings.maxWait());
    }
}
