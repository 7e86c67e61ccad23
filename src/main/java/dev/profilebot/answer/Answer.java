package dev.profilebot.answer;

import java.util.List;
import java.util.Objects;

/**
 * A reply to one question: the text shown to the asker, the sources it rests on, which answerer
 * produced it, what kind of reply it is, and how long it took.
 */
public record Answer(String text, List<Source> sources, Mode mode, Outcome outcome, long millis) {

    /** Which answerer wrote the text. */
    public enum Mode {
        OFFLINE,
        LLM,
        FALLBACK;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What kind of reply it is, for metrics and tests. */
    public enum Outcome {
        ANSWERED,
        CLOSEST_MATCH,
        CONTACT,
        PRIVATE_DETAIL_WITHHELD,
        NOT_COVERED,
        GREETING
    }

    public Answer {
        Objects.requireNonNull(text, "text");
        // one line per place: two facts from the same section are cited once, where it first appears
        java.util.Set<String> cited = new java.util.HashSet<>();
        sources = sources.stream().filter(s -> cited.add(s.label())).toList();
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(outcome, "outcome");
    }

    public Answer withMillis(long elapsed) {
        return new Answer(text, sources, mode, outcome, elapsed);
    }

    public Answer withMode(Mode newMode) {
        return new Answer(text, sources, newMode, outcome, millis);
    }

    public Answer withText(String newText) {
        return new Answer(newText, sources, mode, outcome, millis);
    }
}
