package dev.profilebot.questionlog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the owner learns from the log over a period: how many questions, how many were answered,
 * the questions the profile did not cover (grouped, most asked first), the askers' votes with the
 * worst-rated answers, and the questions by platform and outcome.
 */
public record QuestionReport(
        Instant since,
        long questions,
        long answered,
        List<QuestionGroup> notCovered,
        long up,
        long down,
        List<Rated> worstRated,
        Map<String, Long> byPlatform,
        Map<String, Long> byOutcome) {

    public QuestionReport {
        Objects.requireNonNull(since, "since");
        notCovered = List.copyOf(notCovered);
        worstRated = List.copyOf(worstRated);
        byPlatform = Map.copyOf(byPlatform);
        byOutcome = Map.copyOf(byOutcome);
    }

    /** Questions asked in different words that mean the same, shown as the most asked wording. */
    public record QuestionGroup(String question, long count, List<String> variants) {
        public QuestionGroup {
            variants = List.copyOf(variants);
        }
    }

    /** An answer the askers voted on. */
    public record Rated(String question, String outcome, List<String> sources, long up, long down) {
        public Rated {
            sources = List.copyOf(sources);
        }
    }

    /** The share of questions answered, 0 to 1; 0 when none were asked. */
    public double answeredShare() {
        return questions == 0 ? 0 : (double) answered / questions;
    }
}
