package dev.profilebot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Which conversation a message belongs to: a DM or a thread is one conversation; in a channel, a
 * reply to one of the bot's answers continues the conversation of that answer, and any other
 * mention starts a new one.
 */
final class ConversationKeys {

    private static final Duration MEMORY = Duration.ofHours(6);
    private static final long MAX_ANSWERS = 100_000;

    private final Cache<Long, String> conversationOfAnswer;

    ConversationKeys(Ticker ticker) {
        this.conversationOfAnswer = Caffeine.newBuilder()
                .maximumSize(MAX_ANSWERS)
                .expireAfterWrite(MEMORY)
                .ticker(ticker)
                .build();
    }

    static String ofDirectMessages(long channelId) {
        return "discord:dm:" + channelId;
    }

    static String ofThread(long threadId) {
        return "discord:thread:" + threadId;
    }

    /** One person's slash commands in one channel are one conversation. */
    static String ofSlashCommands(long channelId, long userId) {
        return "discord:slash:" + channelId + ":" + userId;
    }

    /** The conversation of the answer this message replies to, or a new one started by the message. */
    String ofChannelMessage(long messageId, Long repliedToMessageId) {
        String existing = repliedToMessageId == null ? null : conversationOfAnswer.getIfPresent(repliedToMessageId);
        return existing != null ? existing : "discord:message:" + messageId;
    }

    /** Whether the bot sent this message as (part of) an answer, within the last hours. */
    boolean isAnswer(long messageId) {
        return conversationOfAnswer.getIfPresent(messageId) != null;
    }

    /** Records that an answer the bot sent belongs to a conversation, so replies to it continue it. */
    void answered(long answerMessageId, String conversation) {
        conversationOfAnswer.put(answerMessageId, conversation);
    }
}
