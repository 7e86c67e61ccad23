package dev.profilebot.discord;

import dev.profilebot.questionlog.QuestionGroups;
import dev.profilebot.questionlog.QuestionLog;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the bot gives the profile's owners: the question log the answers and votes go to, and how
 * its reports group paraphrased questions. Without a log there is no feedback, digest or report.
 */
public record OwnerTools(Optional<QuestionLog> questionLog, Supplier<QuestionGroups> groups) {

    /** No log: answers only. */
    public static final OwnerTools NONE = new OwnerTools(Optional.empty(), QuestionGroups::byWording);

    public OwnerTools {
        Objects.requireNonNull(questionLog, "questionLog");
        Objects.requireNonNull(groups, "groups");
    }
}
