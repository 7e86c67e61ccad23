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
 * latency p50/p95; it exits 1 when a threshold given as an option is not met.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a question set (JSON lines: id, kind, question, must, must_not) and scores the answers.",
            "Exits 1 when a --min or --max-p95-millis threshold is not met."
        })
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the question set")
    Path file;

    @Option(
            names = "--min",
            paramLabel = "KIND=RATE",
            description =
                    "fail when the pass rate of a kind (fact, contact, pii, unanswerable, or all) is under RATE, 0 to 1")
    Map<String, Double> minimums = new LinkedHashMap<>();

    @Option(
            names = "--max-p95-millis",
            paramLabel = "MILLIS",
            description = "fail when the 95th percentile latency is over MILLIS")
    Long maxP95Millis;

    @Spec
    CommandSpec spec;

    private final Startup startup;
    private final PrintStream out;

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
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "No question set at " + file.toAbsolutePath());
        }
        List<EvalCase> cases;
        try {
            cases = EvalSet.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " failed", e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        EvalReport report = new EvalRunner(startup.application().answers()).run(cases);
        out.print(report.format());
        List<String> unmet = unmetThresholds(report);
        unmet.forEach(line -> out.println("THRESHOLD NOT MET: " + line));
        out.flush();
        return unmet.isEmpty() ? 0 : 1;
    }

    private List<String> unmetThresholds(EvalReport report) {
        List<String> unmet = new ArrayList<>();
        minimums.forEach((kind, minimum) -> {
            double rate = kind.equals("all") ? report.passRate() : report.passRate(kind);
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
