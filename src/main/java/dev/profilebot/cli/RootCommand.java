package dev.profilebot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code profile-bot} with no command: the terminal chat. */
@Command(
        name = "profile-bot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Answers questions about one person's professional profile, from their own documents.",
            "With no command, starts a chat in the terminal.",
            "Settings come from environment variables: see README."
        })
final class RootCommand implements Callable<Integer> {

    private final ChatCommand chat;

    RootCommand(Startup startup, InputStream in, PrintStream out) {
        this.chat = new ChatCommand(startup, in, out);
    }

    @Override
    public Integer call() {
        return chat.call();
    }
}
