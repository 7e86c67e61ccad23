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

    public double passRate(String kind) {
        int[] c = byKind().getOrDefault(kind, new int[] {0, 0});
        return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
    }

    public double passRate() {
        long passed = results.stream().filter(Result::passed).count();
        return results.isEmpty() ? 1.0 : (double) passed / results.size();
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
}
