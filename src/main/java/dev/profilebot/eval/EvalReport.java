package dev.profilebot.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The results of running a question set: pass counts per kind, the failures, and latency. */
public final class EvalReport {

    /** One case's outcome. */
    public record Result(EvalCase evalCase, String answer, long millis, String failure) {
        public boolean passed() {
            return failure == null;
        }
    }

    private final List<Result> results = new ArrayList<>();

    public void add(Result result) {
        results.add(result);
    }

    public List<Result> results() {
        return List.copyOf(results);
    }

    /** Passed and total by kind, kinds in alphabetical order. */
    public Map<String, int[]> byKind() {
        Map<String, int[]> counts = new TreeMap<>();
        for (Result result : results) {
            int[] c = counts.computeIfAbsent(result.evalCase().kind(), k -> new int[2]);
            c[0] += result.passed() ? 1 : 0;
            c[1]++;
        }
        return counts;
    }

    /** The pass rate of a kind (fact, pii, …) or, failing that, of a topic (identity, timeline). */
    public double passRate(String kind) {
        int[] c = byKind().getOrDefault(kind, byTopic().getOrDefault(kind, new int[] {0, 0}));
        return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
    }

    public double passRate() {
        long passed = results.stream().filter(Result::passed).count();
        return results.isEmpty() ? 1.0 : (double) passed / results.size();
    }

    /** Passed and total by topic, for the cases that have one. */
    public Map<String, int[]> byTopic() {
        Map<String, int[]> counts = new TreeMap<>();
        for (Result result : results) {
            result.evalCase().topic().ifPresent(topic -> {
                int[] c = counts.computeIfAbsent(topic, k -> new int[2]);
                c[0] += result.passed() ? 1 : 0;
                c[1]++;
            });
        }
        return counts;
    }

    /** The pass rate of the cases asked within a conversation. */
    public double conversationRate() {
        int[] c = conversationTurns();
        return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
    }

    /** Passed and total of the cases asked within a conversation. */
    public int[] conversationTurns() {
        int[] c = new int[2];
        for (Result result : results) {
            if (result.evalCase().conversation().isPresent()) {
                c[0] += result.passed() ? 1 : 0;
                c[1]++;
            }
        }
        return c;
    }

    /** One line: "fact 28/31  contact 2/2  pii 2/2  unanswerable 4/4  conversation turns 11/14  all 47/51". */
    public String summaryLine() {
        StringBuilder line = new StringBuilder();
        byKind().forEach((kind, c) -> line.append(kind)
                .append(' ')
                .append(c[0])
                .append('/')
                .append(c[1])
                .append("  "));
        byTopic()
                .forEach((topic, c) -> line.append('[')
                        .append(topic)
                        .append(' ')
                        .append(c[0])
                        .append('/')
                        .append(c[1])
                        .append("]  "));
        int[] turns = conversationTurns();
        if (turns[1] > 0) {
            line.append("(conversation turns ")
                    .append(turns[0])
                    .append('/')
                    .append(turns[1])
                    .append(")  ");
        }
        long passed = results.stream().filter(Result::passed).count();
        return line.append("all ")
                .append(passed)
                .append('/')
                .append(results.size())
                .toString();
    }

    /** The failed cases, each with its question, the reason and the answer. */
    public String failures() {
        StringBuilder out = new StringBuilder();
        for (Result result : results) {
            if (!result.passed()) {
                out.append(String.format(
                        Locale.ROOT,
                        "FAIL %s [%s] %s%n  reason: %s%n  answer: %s%n",
                        result.evalCase().id(),
                        result.evalCase().kind(),
                        result.evalCase().question(),
                        result.failure(),
                        result.answer().replace("\n", " / ")));
            }
        }
        return out.toString();
    }

    public long percentileMillis(double percentile) {
        List<Long> sorted = results.stream().map(Result::millis).sorted().toList();
        return Percentiles.of(sorted, percentile);
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        Map<String, int[]> kinds = new LinkedHashMap<>(byKind());
        kinds.forEach((kind, c) -> out.append(String.format(Locale.ROOT, "%-13s %3d/%-3d passed%n", kind, c[0], c[1])));
        out.append(String.format(
                Locale.ROOT,
                "%-13s %3d/%-3d passed%n",
                "all",
                results.stream().filter(Result::passed).count(),
                results.size()));
        out.append(String.format(
                Locale.ROOT, "latency       p50 %d ms, p95 %d ms%n", percentileMillis(50), percentileMillis(95)));
        out.append(failures());
        return out.toString();
    }
}
