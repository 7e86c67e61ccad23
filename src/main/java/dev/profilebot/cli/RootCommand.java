package dev.profilebot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code profile-bot} with no command: the service (Discord bot) when a token is set, else the terminal chat. */
@Command(
        name = "profile-bot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Answers questions about one person's professional profile, from their own documents.",
            "With no command: the Discord and/or Slack bot when their tokens are set (DISCORD_TOKEN, SLACK_BOT_TOKEN),",
            "otherwise a chat in the terminal. Settings come from environment variables: see README."
        })
final class RootCommand implements Callable<Integer> {

    private final Startup startup;
    private final ChatCommand chat;
    private final ServeCommand serve;

    RootCommand(Startup startup, InputStream in, PrintStream out, PrintStream err) {
        this.startup = startup;
        this.chat = new ChatCommand(startup, in, out);
        this.serve = new ServeCommand(startup, err, false);
    }

    @Override
    public Integer call() {
        return startup.config().discord().enabled() || startup.config().slack().enabled() ? serve.call() : chat.call();
    }
}
