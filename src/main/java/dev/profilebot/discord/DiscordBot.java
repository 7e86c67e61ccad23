package dev.profilebot.discord;

import dev.profilebot.answer.AnswerService;
import dev.profilebot.config.DiscordSettings;
import dev.profilebot.match.JobFit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord adapter's entry point: connects through JDA's {@link ShardManager} (which asks the
 * API for the gateway, so DISCORD_API_BASE_URL moves the whole bot), with only the two
 * unprivileged intents it needs and no member or presence caches, registers the slash commands,
 * and stops within a bound. Nothing outside this package knows JDA.
 */
public final class DiscordBot {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(
            GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.DIRECT_MESSAGES,
            GatewayIntent.GUILD_MESSAGE_REACTIONS,
            GatewayIntent.DIRECT_MESSAGE_REACTIONS);

    /** The intents the settings need: reading replies that do not mention the bot takes message content. */
    static EnumSet<GatewayIntent> intents(DiscordSettings settings) {
        EnumSet<GatewayIntent> intents = EnumSet.copyOf(INTENTS);
        if (settings.readReplies()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        return intents;
    }

    private static final Duration READY_POLL = Duration.ofMillis(100);

    private final ShardManager shards;
    private final InFlight inFlight;
    private final TypingIndicator typing;
    private volatile Optional<OwnerDigest> digest = Optional.empty();
    private volatile Duration digestInterval = Duration.ZERO;
    private final ClosedFor closedFor;

    /** Why Discord closed the gateway for good, when it did (a refused intent ends the connection). */
    private static final class ClosedFor extends ListenerAdapter {
        private volatile net.dv8tion.jda.api.requests.CloseCode code;

        @Override
        public void onShutdown(@NotNull net.dv8tion.jda.api.events.session.ShutdownEvent event) {
            if (event.getCloseCode() != null) {
                code = event.getCloseCode();
            }
        }
    }

    private DiscordBot(ShardManager shards, InFlight inFlight, TypingIndicator typing, ClosedFor closedFor) {
        this.closedFor = closedFor;
        this.shards = shards;
        this.inFlight = inFlight;
        this.typing = typing;
    }

    /** As {@link #start(DiscordSettings, AnswerService, JobFit, String, MeterRegistry, OwnerTools)}, without a log. */
    public static DiscordBot start(
            DiscordSettings settings, AnswerService answers, JobFit jobFit, String profileName, MeterRegistry metrics) {
        return start(settings, answers, jobFit, profileName, metrics, OwnerTools.NONE);
    }

    /**
     * Connects; returns once the gateway connection is under way.
     *
     * @throws DiscordUnavailableException when Discord refuses the token or cannot be reached
     */
    public static DiscordBot start(
            DiscordSettings settings,
            AnswerService answers,
            JobFit jobFit,
            String profileName,
            MeterRegistry metrics,
            OwnerTools owners) {
        Replies.forbidMentionsByDefault();
        InFlight inFlight = new InFlight().measuredBy(metrics);
        DiscordContext context =
                DiscordContext.create(settings, answers, jobFit, profileName, inFlight, metrics, owners);
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        settings.token().orElseThrow().reveal(), intents(settings))
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setChunkingFilter(ChunkingFilter.NONE)
                .setEnableShutdownHook(false)
                .setActivity(Activity.customStatus("Ask me about " + profileName))
                .addEventListeners(
                        new MessageListener(context),
                        new SlashCommandListener(context),
                        new CommandRegistration(
                                SlashCommands.definitions(
                                        profileName,
                                        settings.maxQuestionChars(),
                                        !settings.ownerIds().isEmpty()),
                                settings));
        owners.questionLog().ifPresent(questionLog -> builder.addEventListeners(new FeedbackListener(questionLog)));
        settings.apiBaseUrl()
                .map(URI::toString)
                .map(DiscordBot::withSlash)
                .ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.gatewayUrl()
                .map(URI::toString)
                .ifPresent(url -> builder.setSessionController(new FixedGatewaySessionController(url)));
        if (settings.shardsTotal() > 0) {
            builder.setShardsTotal(settings.shardsTotal());
        }
        if (!settings.shardIds().isEmpty()) {
            builder.setShards(settings.shardIds());
        }
        ClosedFor closedFor = new ClosedFor();
        builder.addEventListeners(closedFor);
        try {
            DiscordBot bot = new DiscordBot(builder.build(), inFlight, context.typing(), closedFor);
            bot.digestInterval = settings.ownerDigestInterval();
            bot.digest = OwnerDigest.start(
                    settings.ownerIds(),
                    settings.ownerDigestInterval(),
                    owners,
                    () -> bot.shards.getShards().get(0));
            Gauge.builder("profilebot.discord.gateway.ping", bot.shards, ShardManager::getAverageGatewayPing)
                    .description("Average gateway heartbeat round trip")
                    .baseUnit("milliseconds")
                    .register(metrics);
            return bot;
        } catch (InvalidTokenException e) {
            inFlight.drain(Duration.ZERO);
            context.typing().stop();
            throw new DiscordUnavailableException(
                    "Discord refused the token (DISCORD_TOKEN or DISCORD_TOKEN_FILE); check it in the Developer Portal");
        } catch (RuntimeException e) {
            inFlight.drain(Duration.ZERO);
            context.typing().stop();
            String where = settings.apiBaseUrl().map(url -> " at " + url).orElse("");
            throw new DiscordUnavailableException("Cannot reach Discord's API" + where + " ("
                    + (causedByConnection(e)
                            ? "connection refused or host unreachable"
                            : e.getClass().getSimpleName()) + ")");
        }
    }

    /**
     * Waits until every shard of this process is connected.
     *
     * @throws DiscordUnavailableException when the gateway did not connect in time; the bot is stopped
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!connected()) {
                if (closedFor.code == net.dv8tion.jda.api.requests.CloseCode.DISALLOWED_INTENTS) {
                    stop(Duration.ZERO, Duration.ofSeconds(2));
                    throw new DiscordUnavailableException(
                            "Discord refused the Message Content intent, which reading"
                                    + " replies without a mention needs: turn it on in the Developer Portal (Bot, Privileged"
                                    + " Gateway Intents), or set DISCORD_READ_REPLIES=false",
                            true);
                }
                if (System.nanoTime() > deadline) {
                    stop(Duration.ZERO, Duration.ofSeconds(2));
                    throw new DiscordUnavailableException(
                            "Could not connect to Discord's gateway within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(READY_POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscordUnavailableException("Interrupted while connecting to Discord");
        }
        log.info("Connected to Discord: {} shard(s)", shards.getShards().size());
        digest.ifPresent(d -> d.connected(digestInterval));
    }

    private static boolean causedByConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** Whether every shard of this process is connected, for readiness checks. */
    public boolean connected() {
        return shards.getShardsQueued() == 0
                && !shards.getStatuses().isEmpty()
                && shards.getStatuses().values().stream().allMatch(status -> status == JDA.Status.CONNECTED);
    }

    /**
     * Stops taking questions, lets the answers under way finish within {@code grace}, then
     * disconnects, waiting at most {@code disconnect} for JDA to shut down.
     */
    public void stop(Duration grace, Duration disconnect) {
        log.info("Stopping: finishing answers under way");
        inFlight.drain(grace);
        typing.stop();
        digest.ifPresent(OwnerDigest::close);
        shards.shutdown();
        long deadline = System.nanoTime() + disconnect.toNanos();
        for (JDA shard : shards.getShards()) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!shard.awaitShutdown(left, TimeUnit.NANOSECONDS)) {
                    shard.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                shard.shutdownNow();
            }
        }
        log.info("Disconnected from Discord");
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** Registers the slash commands when a shard is ready: globally from shard 0, or in one server. */
    private static final class CommandRegistration extends ListenerAdapter {
        private final List<CommandData> commands;
        private final DiscordSettings settings;

        CommandRegistration(List<CommandData> commands, DiscordSettings settings) {
            this.commands = commands;
            this.settings = settings;
        }

        @Override
        public void onReady(@NotNull ReadyEvent event) {
            JDA jda = event.getJDA();
            if (settings.guildId().isPresent()) {
                Guild guild = jda.getGuildById(settings.guildId().get());
                if (guild != null) {
                    register(guild.updateCommands(), "in server " + guild.getId());
                }
            } else if (jda.getShardInfo().getShardId() == 0) {
                register(jda.updateCommands(), "globally");
            }
        }

        private void register(CommandListUpdateAction update, String where) {
            try {
                update.addCommands(commands)
                        .queue(
                                done -> log.info("Registered {} slash commands {}", done.size(), where),
                                failure -> log.warn("Could not register the slash commands: {}", failure.toString()));
            } catch (RejectedExecutionException e) {
                // the bot is stopping while it connects: the next start registers them
                log.debug("Not registering the slash commands: the bot is stopping");
            }
        }
    }
}
