package dev.profilebot.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether a person's question is taken: not too long, and within their rate. The refusals are
 * friendly and say what to do.
 */
public final class QuestionPolicy {

    private final UserRateLimiter limiter;
    private final int maxChars;
    private final Counter tooLong;
    private final Counter rateLimited;

    public QuestionPolicy(UserRateLimiter limiter, int maxChars, MeterRegistry metrics) {
        this.limiter = limiter;
        this.maxChars = maxChars;
        this.tooLong = metrics.counter("profilebot.questions.refused", "reason", "too_long");
        this.rateLimited = metrics.counter("profilebot.questions.refused", "reason", "rate_limited");
    }

    /** Empty when the question is taken; otherwise the reply that says why not. */
    public Optional<String> refusal(String user, String question) {
        if (question.length() > maxChars) {
            tooLong.increment();
            return Optional.of("That question is " + question.length() + " characters long; please keep it under "
                    + maxChars + " and ask again.");
        }
        return rateRefusal(user);
    }

    /** As {@link #refusal}, for a request that is not a question (a job description): the rate only. */
    public Optional<String> rateRefusal(String user) {
        Duration wait = limiter.tryAcquire(user);
        if (!wait.isZero()) {
            rateLimited.increment();
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return Optional.of("You're asking faster than I can keep up with. Please try again in " + seconds
                    + (seconds == 1 ? " second." : " seconds."));
        }
        return Optional.empty();
    }
}
