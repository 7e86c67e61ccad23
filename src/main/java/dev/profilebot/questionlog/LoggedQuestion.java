package dev.profilebot.questionlog;

import dev.profilebot.answer.Answer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One question as the log keeps it. */
public record LoggedQuestion(
        String id,
        Instant askedAt,
        String platform,
        String question,
        String outcome,
        String mode,
        List<String> sources) {

    public LoggedQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(askedAt, "askedAt");
        sources = List.copyOf(sources);
    }

    /**
     * The log's name for how a question went: answered, closest_match, not_covered, refused (a
     * private detail withheld), or fallback (the model failed and the documents answered).
     */
    static String outcomeOf(Answer answer) {
        return switch (answer.outcome()) {
            case NOT_COVERED -> "not_covered";
            case PRIVATE_DETAIL_WITHHELD -> "refused";
            case CLOSEST_MATCH -> answer.mode() == Answer.Mode.FALLBACK ? "fallback" : "closest_match";
            case ANSWERED, CONTACT, GREETING -> answer.mode() == Answer.Mode.FALLBACK ? "fallback" : "answered";
        };
    }
}
