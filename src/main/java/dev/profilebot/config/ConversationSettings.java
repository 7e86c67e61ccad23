package dev.profilebot.config;

import java.time.Duration;

/** How much of a conversation is remembered, for how long, and for how many conversations at once. */
public record ConversationSettings(int turns, Duration timeToLive, long maxConversations) {
    public ConversationSettings {
        Setting.CONVERSATION_TURNS.requireInRange(turns);
        Setting.CONVERSATION_TTL_SECONDS.requireInRange(timeToLive.toSeconds());
        Setting.CONVERSATION_MAX.requireInRange(maxConversations);
    }
}
