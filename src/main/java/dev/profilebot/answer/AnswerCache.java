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

    public AnswerCache(long maximumSize, Duration timeToLive, Ticker ticker) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(timeToLive)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    public Optional<Answer> get(String profileHash, String question) {
        return Optional.ofNullable(cache.getIfPresent(key(profileHash, question)));
    }

    public void put(String profileHash, String question, Answer answer) {
        cache.put(key(profileHash, question), answer);
    }

    public double hitRate() {
        return cache.stats().hitRate();
    }

    /** Case, spacing and closing punctuation do not make a different question. */
    static String normalise(String question) {
        return question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s?!.]+$", "");
    }

    private static String key(String profileHash, String question) {
        return profileHash + "\u0000" + normalise(question);
    }
}
