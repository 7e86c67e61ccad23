package dev.profilebot.discord;

import dev.profilebot.questionlog.QuestionLog;
import java.util.Optional;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.entities.emoji.EmojiUnion;
import net.dv8tion.jda.api.events.message.react.GenericMessageReactionEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Records 👍 and 👎 on the bot's answers as votes in the question log, and takes a vote back when
 * its reaction is removed. Reactions on other messages, other emoji and the bot's own are ignored
 * (the log knows which messages carried answers). The bot adds no reactions itself.
 */
final class FeedbackListener extends ListenerAdapter {

    private final QuestionLog questionLog;

    FeedbackListener(QuestionLog questionLog) {
        this.questionLog = questionLog;
    }

    @Override
    public void onMessageReactionAdd(MessageReactionAddEvent event) {
        long author = event.getMessageAuthorIdLong();
        if (author != 0 && author != event.getJDA().getSelfUser().getIdLong()) {
            return; // someone else's message: not an answer
        }
        vote(event)
                .ifPresent(vote ->
                        questionLog.vote(DiscordContext.PLATFORM, event.getMessageId(), event.getUserId(), vote));
    }

    @Override
    public void onMessageReactionRemove(MessageReactionRemoveEvent event) {
        vote(event)
                .ifPresent(vote ->
                        questionLog.unvote(DiscordContext.PLATFORM, event.getMessageId(), event.getUserId(), vote));
    }

    private static Optional<QuestionLog.Vote> vote(GenericMessageReactionEvent event) {
        if (event.getUserIdLong() == event.getJDA().getSelfUser().getIdLong()) {
            return Optional.empty();
        }
        EmojiUnion emoji = event.getEmoji();
        if (emoji.getType() != Emoji.Type.UNICODE) {
            return Optional.empty();
        }
        // skin tones follow the base emoji: 👍🏽 is 👍
        String name = emoji.getName();
        if (name.startsWith("👍")) {
            return Optional.of(QuestionLog.Vote.UP);
        }
        if (name.startsWith("👎")) {
            return Optional.of(QuestionLog.Vote.DOWN);
        }
        return Optional.empty();
    }
}
