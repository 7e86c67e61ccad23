package dev.profilebot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * How many previews of answers being written one channel may get: Discord limits the requests on
 * a channel's messages (about five per five seconds), and ten answers streamed at once in one busy
 * channel, each edited once a second, would trip it. Previews over the budget are skipped — the
 * next piece of the answer shows them — while the first message and the finished answer are always
 * sent, JDA's rate-limit handling pacing them.
 */
final class PreviewEdits {

    static final int PER_WINDOW = 5;
    static final Duration WINDOW = Duration.ofSeconds(5);
    private static final long MAX_TRACKED_CHANNELS = 10_000;

    private final TimeMeter time;
    private final Cache<Long, Bucket> budgets;

    PreviewEdits(TimeMeter time) {
        this.time = time;
        this.budgets = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED_CHANNELS)
                .expireAfterAccess(WINDOW.multipliedBy(2))
                .ticker(time::currentTimeNanos)
                .build();
    }

    /** Whether a preview may be edited in this channel now; takes one from its budget if so. */
    boolean mayEdit(long channelId) {
        return budgets.get(
                        channelId,
                        id -> Bucket.builder()
                                .addLimit(limit -> limit.capacity(PER_WINDOW).refillGreedy(PER_WINDOW, WINDOW))
                                .withCustomTimePrecision(time)
                                .build())
                .tryConsume(1);
    }
}
