package dev.profilebot.cli;

import dev.profilebot.Application;
import dev.profilebot.answer.Template;
import dev.profilebot.config.BotConfig;
import dev.profilebot.config.ConfigException;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.profile.ProfileLoadException;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line: {@code profile-bot [chat|serve|discord|ask|profile|eval|bench]}. Reads the config from the
 * environment, starts the application only for commands that need it, and turns startup errors
 * (bad config, no documents, a broken template) into one clear line and exit status 2.
 */
public final class Cli {

    private static final Logger log = LoggerFactory.getLogger(Cli.class);
    static final int EXIT_STARTUP_ERROR = 2;

    private Cli() {}

    public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        return run(args, env, in, out, err, Application::start);
    }

    /** As {@link #run(String[], Map, InputStream, PrintStream, PrintStream)}, with the way to start the application. */
    public static int run(
            String[] args,
            Map<String, String> env,
            InputStream in,
            PrintStream out,
            PrintStream err,
            BiFunction<BotConfig, MeterRegistry, Application> starter) {
        Startup startup = new Startup(() -> ConfigLoader.load(env), starter);
        CommandLine cli = new CommandLine(new RootCommand(startup, in, out, err));
        cli.addSubcommand("chat", new ChatCommand(startup, in, out));
        cli.addSubcommand("serve", new ServeCommand(startup, err, false));
        cli.addSubcommand("discord", new DiscordCommand(startup, err));
        cli.addSubcommand("ask", new AskCommand(startup, in, out));
        cli.addSubcommand("eval", new EvalCommand(startup, out));
        cli.addSubcommand("profile", new ProfileCommand(startup, out));
        cli.addSubcommand("match", new MatchCommand(startup, in, out, err));
        cli.addSubcommand("report", new ReportCommand(startup, out, java.time.Clock.systemUTC()));
        cli.addSubcommand("bench", new BenchCommand(env, out));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof ConfigException
                    || e instanceof ProfileLoadException
                    || e instanceof dev.profilebot.questionlog.QuestionLogException
                    || e instanceof Template.TemplateException) {
                err.println("profile-bot: " + e.getMessage());
                return EXIT_STARTUP_ERROR;
            }
            log.error("Unexpected failure", e);
            err.println("profile-bot: unexpected error (" + e.getClass().getSimpleName() + "); see the log above");
            return 1;
        });
        return cli.execute(args);
    }
}
