package dev.profilebot.cli;

import dev.profilebot.Application;
import dev.profilebot.config.BotConfig;
import dev.profilebot.discord.DiscordBot;
import dev.profilebot.discord.DiscordUnavailableException;
import dev.profilebot.discord.OwnerTools;
import dev.profilebot.ops.OpsServer;
import dev.profilebot.ops.ProfileWatcher;
import dev.profilebot.questionlog.QuestionLog;
import dev.profilebot.slack.SlackBot;
import dev.profilebot.slack.SlackUnavailableException;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/**
 * The bot as a service, until the process is stopped: the operations endpoint (when OPS_PORT is
 * set) from the first moment, the index, the question log, live reload of the profile folder, and
 * the Discord and Slack bots when their tokens are set — without any it says what to set and serves
 * health and metrics only. On
 * SIGTERM it stops taking questions, lets the answers under way finish, and disconnects: 8 seconds
 * at most in all.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Run as a service: Discord (DISCORD_TOKEN) and/or Slack (SLACK_BOT_TOKEN, SLACK_APP_TOKEN), health and"
                        + " metrics (OPS_PORT), live reload.")
class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);
    static final int EXIT_DISCORD_UNAVAILABLE = 3;
    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** Answers under way get this long to finish on shutdown ... */
    static final Duration ANSWER_GRACE = Duration.ofSeconds(5);
    /** ... and JDA this long to disconnect: 8 s in all with room to spare. */
    static final Duration DISCONNECT_GRACE = Duration.ofMillis(2500);

    private final Startup startup;
    private final PrintStream err;
    private final boolean requireDiscord;

    ServeCommand(Startup startup, PrintStream err, boolean requireDiscord) {
        this.startup = startup;
        this.err = err;
        this.requireDiscord = requireDiscord;
    }

    @Override
    public Integer call() {
        BotConfig config = startup.config();
        if (requireDiscord && !config.discord().enabled()) {
            err.println("profile-bot: set DISCORD_TOKEN or DISCORD_TOKEN_FILE to run the Discord bot");
            return Cli.EXIT_STARTUP_ERROR;
        }
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        List.of(
                        new ClassLoaderMetrics(),
                        new JvmMemoryMetrics(),
                        new JvmGcMetrics(),
                        new JvmThreadMetrics(),
                        new ProcessorMetrics(),
                        new UptimeMetrics())
                .forEach(binder -> binder.bindTo(metrics));
        List<AutoCloseable> running = new ArrayList<>();
        DiscordBot bot = null;
        try {
            OpsServer ops = config.ops().port().isPresent()
                    ? OpsServer.start(config.ops().port().get(), metrics)
                    : null;
            if (ops != null) {
                running.add(ops);
            }
            // opening the log (SQLite's native library, Flyway) overlaps the index build
            CompletableFuture<Optional<QuestionLog>> opening = CompletableFuture.supplyAsync(
                    () -> QuestionLog.open(config.questionLog(), Clock.systemUTC(), metrics));
            Application application = startup.application(metrics);
            application.useQuestionLog(opened(opening)).ifPresent(running::add);
            // the greeting's example questions are asked now, so no asker waits for them; ask and eval never do
            CompletableFuture.runAsync(() -> application.answers().suggestedQuestions());
            if (config.ops().reload()) {
                running.add(ProfileWatcher.start(
                        config.profileDataDir(), config.ops().reloadDebounce(), application::reload));
            }
            bot = null;
            if (config.discord().enabled()) {
                OwnerTools owners = new OwnerTools(application.questionLog(), application::questionGroups);
                String name = application.index().profile().contact().name();
                try {
                    bot = DiscordBot.start(
                            config.discord(), application.answers(), application.jobFit(), name, metrics, owners);
                    bot.awaitReady(READY_TIMEOUT);
                } catch (DiscordUnavailableException e) {
                    if (!e.messageContentRefused()) {
                        throw e;
                    }
                    // an upgrade must not take the bot down: it answers mentions, DMs and commands as before
                    log.warn("Discord refused the Message Content intent: replies that do not mention the bot go"
                            + " unanswered. Turn the intent on in the Developer Portal (Bot, Privileged Gateway"
                            + " Intents), or set DISCORD_READ_REPLIES=false to silence this.");
                    bot = DiscordBot.start(
                            config.discord().withoutReadingReplies(),
                            application.answers(),
                            application.jobFit(),
                            name,
                            metrics,
                            owners);
                    bot.awaitReady(READY_TIMEOUT);
                }
            } else if (!config.slack().enabled()) {
                log.warn("No DISCORD_TOKEN or SLACK_BOT_TOKEN: not connecting to a chat platform, serving health and"
                        + " metrics only. Set DISCORD_TOKEN or the SLACK_* tokens to run the bot, or run `ask` or"
                        + " `chat` to ask questions.");
            }
            SlackBot slackBot = null;
            if (config.slack().enabled()) {
                slackBot = SlackBot.start(
                        config.slack(),
                        application.answers(),
                        application.index().profile().contact().name(),
                        metrics,
                        application.questionLog());
                running.add(0, slackBot);
                slackBot.awaitReady(READY_TIMEOUT);
            }
            DiscordBot discord = bot;
            SlackBot slack = slackBot;
            if (ops != null) {
                ops.readyWhen(() -> (discord == null || discord.connected()) && (slack == null || slack.connected()));
            }
            awaitShutdown(discord, running);
            return 0;
        } catch (dev.profilebot.questionlog.QuestionLogException e) {
            closeAll(running);
            throw e;
        } catch (SlackUnavailableException e) {
            err.println("profile-bot: " + e.getMessage());
            if (bot != null) {
                bot.stop(Duration.ZERO, DISCONNECT_GRACE);
            }
            closeAll(running);
            return EXIT_DISCORD_UNAVAILABLE;
        } catch (DiscordUnavailableException e) {
            err.println("profile-bot: " + e.getMessage());
            closeAll(running);
            return EXIT_DISCORD_UNAVAILABLE;
        } catch (java.net.BindException e) {
            err.println("profile-bot: OPS_PORT " + config.ops().port().orElse(0) + " is already in use");
            closeAll(running);
            return Cli.EXIT_STARTUP_ERROR;
        } catch (IOException e) {
            closeAll(running);
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<QuestionLog> opened(CompletableFuture<Optional<QuestionLog>> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void awaitShutdown(DiscordBot discord, List<AutoCloseable> running) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (discord != null) {
                                discord.stop(ANSWER_GRACE, DISCONNECT_GRACE);
                            }
                            closeAll(running);
                            stopped.countDown();
                        },
                        "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeAll(List<AutoCloseable> running) {
        for (AutoCloseable closeable : running) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.debug("Closing {}", closeable, e);
            }
        }
    }
}
