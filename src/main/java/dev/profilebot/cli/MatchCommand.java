package dev.profilebot.cli;

import dev.profilebot.Application;
import dev.profilebot.answer.PromptTemplates;
import dev.profilebot.config.BotConfig;
import dev.profilebot.llm.AnswerModels;
import dev.profilebot.match.JobDescription;
import dev.profilebot.match.JobDescriptionException;
import dev.profilebot.match.JobFit;
import dev.profilebot.match.MatchFormat;
import dev.profilebot.match.MatchReport;
import dev.profilebot.privacy.PrivacyGuard;
import dev.profilebot.privacy.PrivateDetailRedactor;
import dev.profilebot.profile.DocumentText;
import dev.profilebot.profile.Profile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code match [FILE] [--json]}: checks a job description (a .txt, .md, .pdf or .docx file, or
 * standard input) against the profile, requirement by requirement. Needs no index: it reads the
 * documents; with a model configured, the model writes the summary. Bad input exits 2 with a
 * message saying what was wrong.
 */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a job description against the profile, requirement by requirement: met (with a quotation",
            "from the documents), partial or missing. Reads FILE (.txt, .md, .pdf, .docx) or standard input.",
            "With --json, one JSON object."
        })
final class MatchCommand implements Callable<Integer> {

    /** Largest file read: a PDF of a long posting is well under this. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "the job description; standard input when not given")
    Path file;

    @Option(names = "--json", description = "one JSON object, for scripts")
    boolean json;

    private final Startup startup;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    MatchCommand(Startup startup, InputStream in, PrintStream out, PrintStream err) {
        this.startup = startup;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        JobDescription description;
        try {
            // a description that cannot be checked is refused before the profile is read
            description = JobDescription.parse(DocumentText.read(name(), bytes()));
        } catch (JobDescriptionException | DocumentText.UnreadableException e) {
            err.println("profile-bot: " + e.getMessage());
            return Cli.EXIT_STARTUP_ERROR;
        } catch (NoSuchFileException e) {
            err.println("profile-bot: no such file: " + file);
            return Cli.EXIT_STARTUP_ERROR;
        } catch (TooLargeException e) {
            err.println("profile-bot: " + e.getMessage());
            return Cli.EXIT_STARTUP_ERROR;
        }
        BotConfig config = startup.config();
        Profile profile = Application.ingestion(config).ingest(config.profileDataDir());
        Optional<JobFit.Summarizer> summarizer = AnswerModels.forAnswers(config.llm(), new SimpleMeterRegistry())
                .map(model -> new JobFit.Summarizer(
                        model, PromptTemplates.load(config.promptsDir(), config.promptsDirNamed())));
        JobFit fit = new JobFit(
                () -> profile,
                p -> new PrivacyGuard(
                        new PrivateDetailRedactor(config.disclosedPrivateDetails()),
                        p.withheld(),
                        config.disclosedPrivateDetails())::guard,
                summarizer,
                Clock.systemDefaultZone());
        MatchReport report;
        try {
            report = fit.check(description);
        } catch (JobDescriptionException e) {
            err.println("profile-bot: " + e.getMessage());
            return Cli.EXIT_STARTUP_ERROR;
        }
        out.print(json ? MatchFormat.json(report) + "\n" : MatchFormat.text(report, Integer.MAX_VALUE));
        out.flush();
        return 0;
    }

    private String name() {
        return file == null ? "standard input" : file.getFileName().toString();
    }

    private byte[] bytes() throws IOException, TooLargeException {
        if (file != null && Files.size(file) > MAX_FILE_BYTES) {
            throw new TooLargeException(file + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
        }
        byte[] bytes = file == null ? in.readNBytes(MAX_FILE_BYTES + 1) : Files.readAllBytes(file);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new TooLargeException("standard input is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
        }
        return bytes;
    }

    private static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }
}
