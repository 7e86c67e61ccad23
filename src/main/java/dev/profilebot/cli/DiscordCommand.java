package dev.profilebot.cli;

import dev.profilebot.Application;
import dev.profilebot.config.DiscordSettings;
import dev.profilebot.discord.DiscordBot;
import dev.profilebot.discord.DiscordUnavailableException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/**
 * Runs the Discord bot until the process is stopped. On SIGTERM it stops taking questions, lets
 * the answers under way finish, and disconnects: 8 seconds at most in all. A refused token or an
 * unreachable Discord is one line on standard error and exit status 3.
 */
@Command(name = "discord", mixinStandardHelpOptions = true, description = "Run the Discord bot (needs DISCORD_TOKEN).")
final class DiscordCommand implements Callable<Integer> {

    static final int EXIT_DISCORD_UNAVAILABLE = 3;
    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** Answers under way get this long to finish on shutdown ... */
    static final Duration ANSWER_GRACE = Duration.ofSeconds(5);
    /** ... and JDA this long to disconnect: 8 s in all with room to spare. */
    static final Duration DISCONNECT_GRACE = Duration.ofMillis(2500);

    private final Startup startup;
    private final PrintStream err;

    DiscordCommand(Startup startup, PrintStream err) {
        this.startup = startup;
        this.err = err;
    }

    @Override
    public Integer call() {
        DiscordSettings settings = startup.config().discord();
        if (!settings.enabled()) {
            err.println("profile-bot: set DISCORD_TOKEN or DISCORD_TOKEN_FILE to run the Discord bot");
            return Cli.EXIT_STARTUP_ERROR;
        }
        Application application = startup.application();
        DiscordBot bot;
        try {
            bot = DiscordBot.start(
                    settings,
                    application.answers(),
                    application.index().profile().contact().name());
            bot.awaitReady(READY_TIMEOUT);
        } catch (DiscordUnavailableException e) {
            err.println("profile-bot: " + e.getMessage());
            return EXIT_DISCORD_UNAVAILABLE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            bot.stop(ANSWER_GRACE, DISCONNECT_GRACE);
                            stopped.countDown();
                        },
                        "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
