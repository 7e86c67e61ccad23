package dev.profilebot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Questions per person per minute, with Bucket4j: each person has a bucket of that many
 * questions, refilled steadily over a minute. Buckets of people who went quiet are forgotten.
 * Time comes from a {@link TimeMeter}, so tests move it without sleeping.
 */
public final class UserRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final long MAX_TRACKED_USERS = 100_000;

    private final int perMinute;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public UserRateLimiter(int perMinute, TimeMeter time) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1, got " + perMinute);
        }
        this.perMinute = perMinute;
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED_USERS)
                .expireAfterAccess(WINDOW.multipliedBy(2))
                .ticker(time::currentTimeNanos)
                .build();
    }

    /** Empty when the person may ask now; otherwise how long until they may. */
    public Duration tryAcquire(String user) {
        Bucket bucket = buckets.get(
                user,
                key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
                        .withCustomTimePrecision(time)
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
