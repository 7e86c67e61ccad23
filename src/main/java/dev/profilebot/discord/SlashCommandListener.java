package dev.profilebot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the slash commands: {@code /ask} is acknowledged at once (Discord allows 3 seconds) and
 * answered when ready, streamed by editing the response; {@code /about}, {@code /skills} and
 * {@code /contact} ask their fixed question; {@code /help} says how to ask. Refusals are
 * ephemeral: only the asker sees them.
 */
final class SlashCommandListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(SlashCommandListener.class);

    private final DiscordContext context;

    SlashCommandListener(DiscordContext context) {
        this.context = context;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!context.deliveries().firstDelivery("interaction:" + event.getId())) {
            return;
        }
        if (event.getName().equals(SlashCommands.HELP)) {
            Replies.safe(event.reply(SlashCommands.help(context.profileName()))).queue(null, failure -> {});
            return;
        }
        String question = event.getName().equals(SlashCommands.ASK)
                ? Optional.ofNullable(event.getOption(SlashCommands.QUESTION))
                        .map(OptionMapping::getAsString)
                        .orElse("")
                : SlashCommands.questionFor(event.getName(), context.profileName());
        if (question == null) {
            refuse(event, "I don't know that command; try `/help`.");
            return;
        }
        Optional<String> refusal = context.refusal(
                event.getChannelType(),
                () -> context.allowed(
                        event.getGuild(),
                        event.getChannelType(),
                        event.getChannel(),
                        event.getChannelIdLong(),
                        event.getMember()),
                event.getUser().getId(),
                question);
        if (refusal.isPresent()) {
            refuse(event, refusal.get());
            return;
        }
        event.deferReply().queue(null, failure -> log.warn("Could not acknowledge /{}", event.getName()));
        InteractionHook hook = event.getHook();
        String conversation = ConversationKeys.ofSlashCommands(
                event.getChannelIdLong(), event.getUser().getIdLong());
        long channelId = event.getChannelIdLong();
        InFlight.Taken taken = context.inFlight()
                .submit(
                        () -> context.answerInto(new HookSender(hook), question, conversation, channelId),
                        () -> Replies.safe(hook.editOriginal(DiscordContext.STOPPING))
                                .queue(null, failure -> {}));
        if (taken != InFlight.Taken.YES) {
            Replies.safe(hook.editOriginal(DiscordContext.notTaken(taken))).queue(null, failure -> {});
        }
    }

    private static void refuse(SlashCommandInteractionEvent event, String text) {
        Replies.safe(event.reply(text)).setEphemeral(true).queue(null, failure -> {});
    }

    /** Sends a streamed answer as the deferred response, with follow-ups for further parts. */
    private static final class HookSender implements StreamingReply.Sender<Message> {
        private final InteractionHook hook;

        HookSender(InteractionHook hook) {
            this.hook = hook;
        }

        @Override
        public Message first(String text) {
            return Replies.safe(hook.editOriginal(text)).complete();
        }

        @Override
        public Message edit(Message message, String text) {
            return Replies.safe(hook.editOriginal(text)).complete();
        }

        @Override
        public Message more(String text) {
            return Replies.safe(hook.sendMessage(text)).complete();
        }
    }
}
