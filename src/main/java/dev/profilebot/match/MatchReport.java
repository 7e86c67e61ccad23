package dev.profilebot.match;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The job-fit check's result: each requirement with its status and evidence, the counts, an
 * overall fit, and a summary line (written from the table, or by a model from the same table).
 */
public record MatchReport(String person, List<Result> requirements, Fit fit, String summary, boolean modelSummary) {

    /** What the documents show of one requirement. */
    public enum Status {
        MET,
        PARTIAL,
        MISSING;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How well the person fits, on the required (not optional) requirements. */
    public enum Fit {
        GOOD,
        PARTIAL,
        POOR;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A quotation from the documents, with where it is. */
    public record Evidence(String quote, String source) {
        public Evidence {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(source, "source");
        }
    }

    /** One requirement's result; {@code note} says what is partial or how many years were counted. */
    public record Result(Requirement requirement, Status status, List<Evidence> evidence, Optional<String> note) {
        public Result {
            evidence = List.copyOf(evidence);
            if (status == Status.MET && evidence.isEmpty()) {
                throw new IllegalArgumentException("a met requirement needs a quotation");
            }
        }
    }

    public MatchReport {
        requirements = List.copyOf(requirements);
    }

    /** The same report with a model's summary of it. */
    public MatchReport withModelSummary(String text) {
        return new MatchReport(person, requirements, fit, text, true);
    }

    public long count(Status status) {
        return requirements.stream().filter(r -> r.status() == status).count();
    }
}
