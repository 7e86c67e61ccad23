package dev.profilebot.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;

/** {@code discord}: the service, insisting on a Discord token. */
@Command(
        name = "discord",
        mixinStandardHelpOptions = true,
        description = "Run the Discord bot as a service (needs DISCORD_TOKEN or DISCORD_TOKEN_FILE).")
final class DiscordCommand extends ServeCommand {
    DiscordCommand(Startup startup, PrintStream err) {
        super(startup, err, true);
    }
}
