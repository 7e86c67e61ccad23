package dev.profilebot.discord;

import dev.profilebot.answer.AnswerService;
import dev.profilebot.chat.DeliveryDeduplicator;
import dev.profilebot.chat.MessageSplitter;
import dev.profilebot.chat.QuestionPolicy;
import dev.profilebot.config.DiscordSettings;

/** What the Discord listeners share: the answers, the rules for taking a question, and the worker pool. */
record DiscordContext(
        AnswerService answers,
        QuestionPolicy policy,
        DeliveryDeduplicator deliveries,
        ConversationKeys conversations,
        InFlight inFlight,
        MessageSplitter splitter,
        DiscordSettings settings,
        String profileName) {

    static final String NOT_HERE = "I'm not set up to answer here.";
    static final String NO_DMS = "I don't answer direct messages; mention me in a server channel instead.";
    static final String FAILED = "Sorry, something went wrong while answering that. Please try again in a moment.";
    static final String BUSY = "I'm restarting and can't take questions right now. Please ask again in a minute.";

    /** Whether the allow-lists let the bot answer in this server and channel, for these roles. */
    boolean allowed(Long guildId, long channelId, Long parentChannelId, java.util.List<Long> roleIds) {
        if (guildId == null) {
            return true; // a direct message: allow-lists are about servers
        }
        if (!settings.allowedGuilds().isEmpty() && !settings.allowedGuilds().contains(guildId)) {
            return false;
        }
        if (!settings.allowedChannels().isEmpty()
                && !settings.allowedChannels().contains(channelId)
                && (parentChannelId == null || !settings.allowedChannels().contains(parentChannelId))) {
            return false;
        }
        return settings.allowedRoles().isEmpty() || roleIds.stream().anyMatch(settings.allowedRoles()::contains);
    }
}
