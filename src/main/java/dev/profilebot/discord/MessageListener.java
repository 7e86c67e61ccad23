package dev.profilebot.discord;

import dev.profilebot.match.JobDescription;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the messages addressed to the bot: a mention in a server channel or thread (as a reply
 * to it, with the typing indicator from the moment it is taken until the answer shows, streamed
 * when a model writes), a reply to one of its answers, and any direct message. Messages of bots, webhooks, the system and the bot itself get nothing.
 */
final class MessageListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(MessageListener.class);

    private final DiscordContext context;

    MessageListener(DiscordContext context) {
        this.context = context;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        User author = event.getAuthor();
        if (author.isBot()
                || author.isSystem()
                || event.isWebhookMessage()
                || message.getType().isSystem()) {
            return;
        }
        User self = event.getJDA().getSelfUser();
        boolean direct = event.getChannelType() == ChannelType.PRIVATE;
        if (!direct
                && !message.getMentions().isMentioned(self, Message.MentionType.USER)
                && !repliesToAnAnswer(message)) {
            return;
        }
        if (!context.deliveries().firstDelivery("message:" + message.getId())) {
            return; // delivered again after a gateway resume
        }
        String question = withoutMentionOf(self, message.getContentRaw());
        Optional<String> posting = JobDescription.askedAbout(question);
        if (posting.isPresent()) {
            matchPosting(event, message, posting.get());
            return;
        }
        Optional<String> refusal =
                context.refusal(event.getChannelType(), allowedHere(event), author.getId(), question);
        if (refusal.isPresent()) {
            notice(message, refusal.get());
            return;
        }
        String conversation = conversation(event, message);
        // shown at once, and kept on while the question waits
        Runnable typingOff = context.typing().start(message.getChannel());
        InFlight.Taken taken = context.inFlight()
                .submit(() -> answer(message, author.getId(), question, conversation, typingOff), () -> {
                    typingOff.run();
                    notice(message, DiscordContext.STOPPING);
                });
        if (taken != InFlight.Taken.YES) {
            typingOff.run();
            notice(message, DiscordContext.notTaken(taken));
        }
    }

    /**
     * A reply to one of the bot's answers that does not mention it (the person turned the reply's
     * ping off): it continues the conversation, when the owner lets the bot read such replies.
     */
    private boolean repliesToAnAnswer(Message message) {
        MessageReference reference = message.getMessageReference();
        return context.settings().readReplies()
                && reference != null
                && context.conversations().isAnswer(reference.getMessageIdLong());
    }

    /** A mention or DM that pastes a job description and asks about fit: the job-fit report. */
    private void matchPosting(MessageReceivedEvent event, Message message, String description) {
        Optional<String> refusal = context.matchRefusal(
                event.getChannelType(), allowedHere(event), event.getAuthor().getId());
        if (refusal.isPresent()) {
            notice(message, refusal.get());
            return;
        }
        Runnable typingOff = context.typing().start(message.getChannel());
        InFlight.Taken taken = context.inFlight()
                .submit(
                        () -> {
                            try {
                                StreamingReply.whole(
                                        new ReplySender(message, sent -> typingOff.run()),
                                        context.splitter(),
                                        context.matchReply(description));
                            } finally {
                                typingOff.run();
                            }
                        },
                        () -> {
                            typingOff.run();
                            notice(message, DiscordContext.STOPPING);
                        });
        if (taken != InFlight.Taken.YES) {
            typingOff.run();
            notice(message, DiscordContext.notTaken(taken));
        }
    }

    private void answer(Message message, String askerId, String question, String conversation, Runnable typingOff) {
        try {
            // each message of the answer is recorded as it is sent: a reply to it continues this conversation
            context.answerInto(
                    new ReplySender(message, sent -> {
                        typingOff.run();
                        context.conversations().answered(sent.getIdLong(), conversation);
                    }),
                    question,
                    conversation,
                    message.getChannel().getIdLong(),
                    askerId);
        } finally {
            typingOff.run();
        }
    }

    private String conversation(MessageReceivedEvent event, Message message) {
        if (event.getChannelType() == ChannelType.PRIVATE) {
            return ConversationKeys.ofDirectMessages(event.getChannel().getIdLong());
        }
        if (event.getChannel() instanceof ThreadChannel thread) {
            return ConversationKeys.ofThread(thread.getIdLong());
        }
        MessageReference reference = message.getMessageReference();
        return context.conversations()
                .ofChannelMessage(message.getIdLong(), reference == null ? null : reference.getMessageIdLong());
    }

    /** Whether the allow-lists let the bot answer in this message's server, channel and roles. */
    private BooleanSupplier allowedHere(MessageReceivedEvent event) {
        return () -> context.allowed(
                event.getGuild(),
                event.getChannelType(),
                event.getChannel(),
                event.getChannel().getIdLong(),
                event.getMember());
    }

    /** A short reply that is not an answer: a refusal or a notice. */
    private static void notice(Message message, String text) {
        Replies.safe(message.reply(text)).mentionRepliedUser(false).queue(null, failure -> {});
    }

    static String withoutMentionOf(User self, String content) {
        return content.replaceAll("<@!?" + Pattern.quote(self.getId()) + ">", " ")
                .strip()
                .replaceAll("\\h{2,}", " ");
    }

    /** Sends a streamed reply as a reply to the question, continuing in the same channel. */
    private static final class ReplySender implements StreamingReply.Sender<Message> {
        private final Message question;
        private final Consumer<Message> onSent;

        ReplySender(Message question, Consumer<Message> onSent) {
            this.question = question;
            this.onSent = onSent;
        }

        @Override
        public Message first(String text) {
            Message sent =
                    Replies.safe(question.reply(text)).mentionRepliedUser(true).complete();
            onSent.accept(sent);
            return sent;
        }

        @Override
        public Message edit(Message message, String text) {
            return Replies.safe(message.editMessage(text)).complete();
        }

        @Override
        public Message more(String text) {
            Message sent = Replies.safe(question.getChannel().sendMessage(text)).complete();
            onSent.accept(sent);
            return sent;
        }
    }
}
