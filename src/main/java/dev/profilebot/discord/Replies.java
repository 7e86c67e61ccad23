package dev.profilebot.discord;

import java.util.Collection;
import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * What every message the bot sends or edits carries: no mentions parsed from its text, and no link
 * previews (an answer quoting two addresses would otherwise post two cards under it). JDA's
 * default covers new messages only; an edit goes out without allowed_mentions unless the edit
 * sets them, and Discord then parses @everyone in it — so each request sets them explicitly.
 */
final class Replies {

    static final Collection<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

    private Replies() {}

    /** Sets the default for new messages, as a second line of defence. */
    static void forbidMentionsByDefault() {
        MessageRequest.setDefaultMentions(NO_MENTIONS);
    }

    /** The request with no mentions allowed and its link previews suppressed. */
    static <R extends MessageRequest<R>> R safe(R request) {
        return request.setAllowedMentions(NO_MENTIONS).setSuppressEmbeds(true);
    }
}
