package dev.profilebot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Remembers the ids of recently handled messages, so a message delivered twice (a gateway
 * resume replays events) is answered once.
 */
public final class DeliveryDeduplicator {

    private static final Duration MEMORY = Duration.ofMinutes(15);
    private static final long MAX_IDS = 100_000;

    private final Cache<String, Boolean> seen;

    public DeliveryDeduplicator(Ticker ticker) {
        this.seen = Caffeine.newBuilder()
                .maximumSize(MAX_IDS)
                .expireAfterWrite(MEMORY)
                .ticker(ticker)
                .build();
    }

    /** True the first time an id is seen, false for a repeat. */
    public boolean firstDelivery(String id) {
        return seen.asMap().putIfAbsent(id, Boolean.TRUE) == null;
    }
}
