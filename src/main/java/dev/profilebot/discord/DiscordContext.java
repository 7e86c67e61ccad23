package dev.profilebot.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.profilebot.answer.Answer;
import dev.profilebot.answer.AnswerService;
import dev.profilebot.answer.Question;
import dev.profilebot.chat.DeliveryDeduplicator;
import dev.profilebot.chat.MessageSplitter;
import dev.profilebot.chat.QuestionPolicy;
import dev.profilebot.chat.UserRateLimiter;
import dev.profilebot.config.DiscordSettings;
import dev.profilebot.match.JobDescriptionException;
import dev.profilebot.match.JobFit;
import dev.profilebot.match.MatchFormat;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Discord listeners share: the answers, the rules for taking a question, the worker pool,
 * the typing indicator and the channels' preview budgets.
 */
record DiscordContext(
        AnswerService answers,
        JobFit jobFit,
        QuestionPolicy policy,
        DeliveryDeduplicator deliveries,
        ConversationKeys conversations,
        InFlight inFlight,
        TypingIndicator typing,
        PreviewEdits previews,
        MessageSplitter splitter,
        DiscordSettings settings,
        String profileName,
        OwnerTools owners) {

    static final String NOT_HERE = "I'm not set up to answer here.";
    static final String NO_DMS = "I don't answer direct messages; mention me in a server channel instead.";
    static final String FAILED = "Sorry, something went wrong while answering that. Please try again in a moment.";
    /** Quotations in a Discord match report are cut to this many characters. */
    static final int MATCH_QUOTE_CHARS = 140;

    static final String STOPPING = "I'm restarting and can't take questions right now. Please ask again in a minute.";
    static final String FULL = "So many people are asking right now that I can't take another question."
            + " Please ask again in a minute.";

    private static final Logger log = LoggerFactory.getLogger(DiscordContext.class);

    /**
     * Answers a question into a reply, shown as a model writes it; a failure is answered with a
     * short apology and logged with its cause.
     */
    void answerInto(
            StreamingReply.Sender<Message> sender,
            String question,
            String conversation,
            long channelId,
            String askerId) {
        Question asked = Question.in(conversation, question).by(Question.Asker.on(PLATFORM, askerId));
        // each message is recorded as it is sent: a vote on it counts even while the answer is written
        Consumer<Message> sent = message -> owners.questionLog()
                .ifPresent(questionLog -> questionLog.answerSent(asked.id(), PLATFORM, message.getId()));
        StreamingReply<Message> reply = new StreamingReply<>(
                recording(sender, sent),
                splitter,
                System::nanoTime,
                () -> previews.mayEdit(channelId),
                inFlight.sends());
        try {
            Answer answer = answers.answer(asked, Optional.of(reply::append));
            reply.finish(DiscordFormat.render(answer));
        } catch (RuntimeException e) {
            log.error("Could not answer in conversation {}", conversation, e);
            reply.finish(FAILED);
        }
    }

    /** The platform's name in the question log. */
    static final String PLATFORM = "discord";

    /** The sender, keeping each message it creates. */
    private static StreamingReply.Sender<Message> recording(
            StreamingReply.Sender<Message> sender, Consumer<Message> sent) {
        return new StreamingReply.Sender<>() {
            @Override
            public Message first(String text) {
                Message message = sender.first(text);
                sent.accept(message);
                return message;
            }

            @Override
            public Message edit(Message message, String text) {
                return sender.edit(message, text);
            }

            @Override
            public Message more(String text) {
                Message message = sender.more(text);
                sent.accept(message);
                return message;
            }
        };
    }

    /** What to tell an asker whose question was not taken. */
    static String notTaken(InFlight.Taken taken) {
        return taken == InFlight.Taken.FULL ? FULL : STOPPING;
    }

    /** The context the bot runs with: real time, the given answers and worker pool. */
    static DiscordContext create(
            DiscordSettings settings,
            AnswerService answers,
            JobFit jobFit,
            String profileName,
            InFlight inFlight,
            MeterRegistry metrics,
            OwnerTools owners) {
        return new DiscordContext(
                answers,
                jobFit,
                new QuestionPolicy(
                        new UserRateLimiter(settings.rateLimitPerMinute(), TimeMeter.SYSTEM_NANOTIME),
                        settings.maxQuestionChars(),
                        metrics),
                new DeliveryDeduplicator(Ticker.systemTicker()),
                new ConversationKeys(Ticker.systemTicker()),
                inFlight,
                new TypingIndicator(),
                new PreviewEdits(TimeMeter.SYSTEM_NANOTIME),
                new MessageSplitter(DiscordFormat.MESSAGE_LIMIT),
                settings,
                profileName,
                owners);
    }

    /** Whether this user is one of the profile's owners. */
    boolean isOwner(long userId) {
        return settings.ownerIds().contains(userId);
    }

    /**
     * Why the bot will not take this question here, in the order it checks: direct messages turned
     * off, a server channel or role outside the allow-lists (asked only outside DMs), then the
     * question policy (which counts the question against the asker's rate).
     */
    Optional<String> refusal(ChannelType type, BooleanSupplier allowedInServer, String askerId, String question) {
        return placeRefusal(type, allowedInServer).or(() -> policy.refusal(askerId, question));
    }

    /** As {@link #refusal}, for a job description: the place and the asker's rate, not the length. */
    Optional<String> matchRefusal(ChannelType type, BooleanSupplier allowedInServer, String askerId) {
        return placeRefusal(type, allowedInServer).or(() -> policy.rateRefusal(askerId));
    }

    private Optional<String> placeRefusal(ChannelType type, BooleanSupplier allowedInServer) {
        boolean direct = type == ChannelType.PRIVATE;
        if (direct && !settings.allowDms()) {
            return Optional.of(NO_DMS);
        }
        if (!direct && !allowedInServer.getAsBoolean()) {
            return Optional.of(NOT_HERE);
        }
        return Optional.empty();
    }

    /**
     * The job-fit check of a description, as Discord messages: the report with short quotations,
     * or what was wrong with the description.
     */
    String matchReply(String description) {
        try {
            return MatchFormat.text(jobFit.check(description), MATCH_QUOTE_CHARS);
        } catch (JobDescriptionException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            log.error("Could not check a job description", e);
            return FAILED;
        }
    }

    /** Whether the allow-lists let the bot answer a person in this server channel or thread. */
    boolean allowed(Guild guild, ChannelType type, MessageChannelUnion channel, long channelId, Member member) {
        Long parent =
                type.isThread() ? channel.asThreadChannel().getParentChannel().getIdLong() : null;
        List<Long> roles = member == null
                ? List.of()
                : member.getRoles().stream().map(ISnowflake::getIdLong).toList();
        return allowed(guild == null ? null : guild.getIdLong(), channelId, parent, roles);
    }

    /** Whether the allow-lists let the bot answer in this server and channel, for these roles. */
    private boolean allowed(Long guildId, long channelId, Long parentChannelId, List<Long> roleIds) {
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
