package dev.profilebot.discord;

import dev.profilebot.profile.DocumentText;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
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
 * {@code /contact} ask their fixed question; {@code /match} checks a job description (text or an
 * attached file) against the profile; {@code /help} says how to ask; {@code /report} shows the
 * owners what was asked. Refusals are ephemeral: only the asker sees them.
 */
final class SlashCommandListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(SlashCommandListener.class);

    /** Largest attached job description read. */
    static final int MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(20);

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
            Replies.safe(event.reply(SlashCommands.help(
                            context.profileName(), context.answers().suggestedQuestions())))
                    .queue(null, failure -> {});
            return;
        }
        if (event.getName().equals(SlashCommands.MATCH)) {
            match(event);
            return;
        }
        if (event.getName().equals(SlashCommands.REPORT)) {
            report(event);
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
                event.getChannelType(), allowedHere(event), event.getUser().getId(), question);
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
                        () -> context.answerInto(
                                new HookSender(hook),
                                question,
                                conversation,
                                channelId,
                                event.getUser().getId()),
                        () -> Replies.safe(hook.editOriginal(DiscordContext.STOPPING))
                                .queue(null, failure -> {}));
        if (taken != InFlight.Taken.YES) {
            Replies.safe(hook.editOriginal(DiscordContext.notTaken(taken))).queue(null, failure -> {});
        }
    }

    /**
     * {@code /match}: the description as text or an attached file, acknowledged at once and
     * answered with the report, split over as many messages as it needs.
     */
    private void match(SlashCommandInteractionEvent event) {
        Optional<String> text =
                Optional.ofNullable(event.getOption(SlashCommands.DESCRIPTION)).map(OptionMapping::getAsString);
        Optional<Message.Attachment> file =
                Optional.ofNullable(event.getOption(SlashCommands.FILE)).map(OptionMapping::getAsAttachment);
        if (text.isEmpty() && file.isEmpty()) {
            refuse(
                    event,
                    "Give the job description: paste it as `description`, or attach it as `file` (.txt, .md, .pdf or .docx).");
            return;
        }
        if (file.isPresent() && file.get().getSize() > MAX_ATTACHMENT_BYTES) {
            refuse(
                    event,
                    "That file is larger than " + MAX_ATTACHMENT_BYTES / 1024 / 1024
                            + " MiB; attach the job description alone, as .txt, .md or .pdf.");
            return;
        }
        Optional<String> refusal = context.matchRefusal(
                event.getChannelType(), allowedHere(event), event.getUser().getId());
        if (refusal.isPresent()) {
            refuse(event, refusal.get());
            return;
        }
        event.deferReply().queue(null, failure -> log.warn("Could not acknowledge /{}", event.getName()));
        InteractionHook hook = event.getHook();
        InFlight.Taken taken = context.inFlight()
                .submit(
                        () -> {
                            String reply;
                            try {
                                reply = context.matchReply(description(text, file));
                            } catch (UnreadableFileException e) {
                                reply = e.getMessage();
                            }
                            StreamingReply.whole(new HookSender(hook), context.splitter(), reply);
                        },
                        () -> Replies.safe(hook.editOriginal(DiscordContext.STOPPING))
                                .queue(null, failure -> {}));
        if (taken != InFlight.Taken.YES) {
            Replies.safe(hook.editOriginal(DiscordContext.notTaken(taken))).queue(null, failure -> {});
        }
    }

    /**
     * {@code /report}: the question log's summary of the last week, for the profile's owners only,
     * seen by them alone.
     */
    private void report(SlashCommandInteractionEvent event) {
        if (!context.isOwner(event.getUser().getIdLong())) {
            refuse(event, OwnerReports.OWNERS_ONLY);
            return;
        }
        if (context.owners().questionLog().isEmpty()) {
            refuse(event, OwnerReports.NO_LOG);
            return;
        }
        event.deferReply(true).queue(null, failure -> log.warn("Could not acknowledge /{}", event.getName()));
        InteractionHook hook = event.getHook();
        InFlight.Taken taken = context.inFlight()
                .submit(
                        () -> Replies.safe(hook.editOriginal(OwnerReports.lastWeekOrWhyNot(context.owners())))
                                .queue(null, failure -> log.warn("Could not send /report: {}", failure.toString())),
                        () -> Replies.safe(hook.editOriginal(DiscordContext.STOPPING))
                                .queue(null, failure -> {}));
        if (taken != InFlight.Taken.YES) {
            Replies.safe(hook.editOriginal(DiscordContext.notTaken(taken))).queue(null, failure -> {});
        }
    }

    /** The description's text: the attached file's (downloaded, read as text, PDF or Word) or the option's. */
    private static String description(Optional<String> text, Optional<Message.Attachment> file)
            throws UnreadableFileException {
        if (file.isEmpty()) {
            return text.orElse("");
        }
        Message.Attachment attachment = file.get();
        try (InputStream in = attachment.getProxy().download().get(DOWNLOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            byte[] bytes = in.readNBytes(MAX_ATTACHMENT_BYTES + 1);
            if (bytes.length > MAX_ATTACHMENT_BYTES) {
                throw new UnreadableFileException("That file is larger than " + MAX_ATTACHMENT_BYTES / 1024 / 1024
                        + " MiB; attach the job description alone.");
            }
            return DocumentText.read(attachment.getFileName(), bytes);
        } catch (DocumentText.UnreadableException e) {
            throw new UnreadableFileException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableFileException("Could not download the attached file; please try again.");
        } catch (IOException | ExecutionException | TimeoutException e) {
            log.warn("Could not download an attachment ({})", e.getClass().getSimpleName());
            throw new UnreadableFileException("Could not download the attached file; please try again.");
        }
    }

    /** The attached description could not be read; the message says why, for the person who sent it. */
    private static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String message) {
            super(message);
        }
    }

    /** Whether the allow-lists let the bot answer in this command's server, channel and roles. */
    private BooleanSupplier allowedHere(SlashCommandInteractionEvent event) {
        return () -> context.allowed(
                event.getGuild(),
                event.getChannelType(),
                event.getChannel(),
                event.getChannelIdLong(),
                event.getMember());
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
