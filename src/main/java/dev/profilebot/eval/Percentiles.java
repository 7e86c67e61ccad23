package dev.profilebot.eval;

import java.util.List;

/** Nearest-rank percentiles of sorted measurements. */
public final class Percentiles {

    private Percentiles() {}

    /** The nearest-rank percentile (0 to 100) of values sorted in ascending order; 0 when empty. */
    public static long of(List<Long> sorted, double percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
