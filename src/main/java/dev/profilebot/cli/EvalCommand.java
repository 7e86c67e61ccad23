package dev.profilebot.cli;

import dev.profilebot.eval.EvalCase;
import dev.profilebot.eval.EvalReport;
import dev.profilebot.eval.EvalRunner;
import dev.profilebot.eval.EvalSet;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval FILE} runs a question set and prints, per kind, how many passed, the failures, and
 * latency p50/p95; it exits 1 when a threshold given as an option is not met. {@code eval DIR}
 * runs a corpus: every subfolder with a {@code docs/} folder is a profile, answered from its own
 * documents, and every {@code .jsonl} set beside {@code docs/} is asked of it; one line per profile
 * and a total. A folder of sets without profiles runs each set over the configured profile.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a question set (JSON lines: id, kind, question, must, must_not, conversation) and scores the answers;",
            "given a folder, runs every profile in it (a subfolder with docs/ and its .jsonl sets), one line each.",
            "Exits 1 when a --min or --max-p95-millis threshold is not met."
        })
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR", description = "a question set, or a folder of profiles or sets")
    Path file;

    @Option(
            names = "--min",
            paramLabel = "KIND=RATE",
            description =
                    "fail when the pass rate of a kind (fact, contact, pii, unanswerable), a topic (identity, timeline),"
                            + " the conversation turns or all is under RATE, 0 to 1")
    Map<String, Double> minimums = new LinkedHashMap<>();

    @Option(
            names = "--max-p95-millis",
            paramLabel = "MILLIS",
            description = "fail when the 95th percentile latency is over MILLIS")
    Long maxP95Millis;

    @Option(names = "--log", description = "record the questions in the question log (off by default for eval)")
    boolean keepLog;

    @Spec
    CommandSpec spec;

    private final Startup startup;
    private final PrintStream out;
    private final List<dev.profilebot.Application> logging = new ArrayList<>();

    EvalCommand(Startup startup, PrintStream out) {
        this.startup = startup;
        this.out = out;
    }

    @Override
    public Integer call() {
        for (Map.Entry<String, Double> minimum : minimums.entrySet()) {
            if (!(minimum.getValue() >= 0 && minimum.getValue() <= 1)) {
                throw new ParameterException(spec.commandLine(), "--min " + minimum.getKey() + " must be from 0 to 1");
            }
        }
        try {
            return evaluate();
        } finally {
            logging.forEach(dev.profilebot.Application::closeQuestionLog);
        }
    }

    private int evaluate() {
        EvalReport report;
        if (Files.isDirectory(file)) {
            report = runFolder(file);
        } else if (Files.isRegularFile(file)) {
            report = new EvalRunner(answers(startup.application())).run(read(file));
            out.print(report.format());
        } else {
            throw new ParameterException(spec.commandLine(), "No question set or folder at " + file.toAbsolutePath());
        }
        List<String> unmet = unmetThresholds(report);
        unmet.forEach(line -> out.println("THRESHOLD NOT MET: " + line));
        out.flush();
        return unmet.isEmpty() ? 0 : 1;
    }

    /** The application's answers, recorded in the question log when {@code --log} asks for it. */
    private dev.profilebot.answer.AnswerService answers(dev.profilebot.Application application) {
        if (keepLog) {
            application.keepQuestionLog();
            logging.add(application);
        }
        return application.answers();
    }

    private EvalReport runFolder(Path folder) {
        List<Path> profiles = list(folder, p -> Files.isDirectory(p.resolve("docs")));
        EvalReport total = new EvalReport();
        StringBuilder failures = new StringBuilder();
        if (profiles.isEmpty()) {
            List<Path> sets = list(folder, p -> p.toString().endsWith(".jsonl"));
            if (sets.isEmpty()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "No profile (a subfolder with docs/) or .jsonl set in " + folder.toAbsolutePath());
            }
            for (Path set : sets) {
                EvalReport report = new EvalRunner(answers(startup.application())).run(read(set));
                line(set.getFileName().toString(), report, total, failures);
            }
        } else {
            for (Path profile : profiles) {
                List<EvalCase> cases = new ArrayList<>();
                for (Path set : list(profile, p -> p.toString().endsWith(".jsonl"))) {
                    cases.addAll(read(set));
                }
                EvalReport report;
                try {
                    report = new EvalRunner(answers(startup.applicationFor(profile.resolve("docs")))).run(cases);
                } catch (dev.profilebot.profile.ProfileLoadException e) {
                    // a profile the bot cannot read fails every one of its cases; the others still run
                    report = new EvalReport();
                    for (EvalCase evalCase : cases) {
                        report.add(new EvalReport.Result(evalCase, "", 0, "profile not read: " + e.getMessage()));
                    }
                }
                line(profile.getFileName().toString(), report, total, failures);
            }
        }
        out.printf(Locale.ROOT, "%-28s %s%n", "TOTAL", total.summaryLine());
        out.printf(
                Locale.ROOT, "latency p50 %d ms, p95 %d ms%n", total.percentileMillis(50), total.percentileMillis(95));
        out.print(failures);
        return total;
    }

    private void line(String name, EvalReport report, EvalReport total, StringBuilder failures) {
        out.printf(Locale.ROOT, "%-28s %s%n", name, report.summaryLine());
        out.flush();
        report.results().forEach(total::add);
        String failed = report.failures();
        if (!failed.isEmpty()) {
            failures.append("== ").append(name).append('\n').append(failed);
        }
    }

    private List<EvalCase> read(Path set) {
        try {
            return EvalSet.read(set);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + set + " failed", e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static List<Path> list(Path folder, java.util.function.Predicate<Path> filter) {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder + " failed", e);
        }
    }

    private List<String> unmetThresholds(EvalReport report) {
        List<String> unmet = new ArrayList<>();
        minimums.forEach((kind, minimum) -> {
            double rate = kind.equals("all")
                    ? report.passRate()
                    : kind.equals("conversation") ? report.conversationRate() : report.passRate(kind);
            if (rate < minimum) {
                unmet.add(String.format(Locale.ROOT, "%s pass rate %.3f is under %.3f", kind, rate, minimum));
            }
        });
        if (maxP95Millis != null && report.percentileMillis(95) > maxP95Millis) {
            unmet.add("p95 latency " + report.percentileMillis(95) + " ms is over " + maxP95Millis + " ms");
        }
        return unmet;
    }
}
