package dev.profilebot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Recent answers, bounded in size and age, keyed by the normalised question and the profile's
 * content hash, so an edited profile never serves an old answer. Time comes from a Caffeine
 * {@link Ticker}, so tests move it without sleeping.
 */
public final class AnswerCache {

    private final Cache<String, Answer> cache;
    private final boolean enabled;

    /** @param maximumSize answers kept; 0 turns the cache off */
    public AnswerCache(long maximumSize, Duration timeToLive, Ticker ticker) {
        this.enabled = maximumSize > 0;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(timeToLive)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    public Optional<Answer> get(String profileHash, String question) {
        return enabled ? Optional.ofNullable(cache.getIfPresent(key(profileHash, question))) : Optional.empty();
    }

    public void put(String profileHash, String question, Answer answer) {
        if (enabled) {
            cache.put(key(profileHash, question), answer);
        }
    }

    /** Share of lookups answered from the cache; 0 before the first lookup and when the cache is off. */
    public double hitRate() {
        var stats = cache.stats();
        return stats.requestCount() == 0 ? 0 : stats.hitRate();
    }

    /** Case, spacing and closing punctuation do not make a different question. */
    static String normalise(String question) {
        return question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s?!.]+$", "");
    }

    private static String key(String profileHash, String question) {
        return profileHash + "\u0000" + normalise(question);
    }
}
