package dev.profilebot.cli;

import dev.profilebot.Application;
import dev.profilebot.config.BotConfig;
import dev.profilebot.questionlog.QuestionGroups;
import dev.profilebot.questionlog.QuestionLogException;
import dev.profilebot.questionlog.QuestionReport;
import dev.profilebot.questionlog.QuestionReports;
import dev.profilebot.questionlog.ReportFormat;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code report}: what people asked, what the documents did not cover, and what askers thought of the answers. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Summarises the question log (DATA_DIR/questions.db): questions asked, the share answered,",
            "the questions the documents did not cover (similar ones grouped), feedback, questions by platform."
        })
final class ReportCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ReportCommand.class);
    /** Not-covered questions the text report lists. */
    static final int MAX_GROUPS = 20;

    @Option(
            names = "--since",
            paramLabel = "AGE|DATE",
            defaultValue = "7d",
            converter = Since.class,
            description =
                    "how far back: 7d, 24h, 2w, or a date such as 2026-11-01 from midnight UTC (default: ${DEFAULT-VALUE})")
    Since.Start since;

    @Option(names = "--json", description = "one JSON object, for scripts")
    boolean json;

    private final Startup startup;
    private final PrintStream out;
    private final Clock clock;

    ReportCommand(Startup startup, PrintStream out, Clock clock) {
        this.startup = startup;
        this.out = out;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        BotConfig config = startup.config();
        QuestionReports reports = QuestionReports.open(config.questionLog().databaseFile(), clock);
        QuestionReport report = report(reports, since.from(clock.instant()), config);
        out.print(json ? ReportFormat.json(report) + "\n" : ReportFormat.text(report, MAX_GROUPS));
        out.flush();
        return 0;
    }

    /** Paraphrases grouped with the embedding model; by wording alone if it cannot be loaded. */
    private static QuestionReport report(QuestionReports reports, Instant since, BotConfig config) {
        try {
            return reports.report(since, Application.questionGroups(config));
        } catch (QuestionLogException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Grouping the questions by wording only: the embedding model did not load ({})", e.getMessage());
            return reports.report(since, QuestionGroups.byWording());
        }
    }

    /** {@code 7d}, {@code 24h}, {@code 90m}, {@code 2w}, or an ISO date (midnight UTC). */
    static final class Since implements ITypeConverter<Since.Start> {
        private static final Pattern AGE = Pattern.compile("(\\d{1,6})([mhdw])");

        /** Where a report starts, given now. */
        interface Start {
            Instant from(Instant now);
        }

        @Override
        public Start convert(String value) {
            String text = value.strip().toLowerCase(java.util.Locale.ROOT);
            Matcher age = AGE.matcher(text);
            if (age.matches()) {
                long amount = Long.parseLong(age.group(1));
                Duration duration = switch (age.group(2)) {
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "d" -> Duration.ofDays(amount);
                    default -> Duration.ofDays(7 * amount);
                };
                return now -> now.minus(duration);
            }
            try {
                Instant day = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                return now -> day;
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "'" + value + "' is neither an age such as 7d, 24h or 2w nor a date such as 2026-11-01");
            }
        }
    }
}
