package dev.profilebot.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the bot keeps of the questions asked: whether it keeps a log at all, the folder of its
 * database, how many days a question is kept, and whether askers are stored as themselves or only
 * as a salted hash.
 */
public record QuestionLogSettings(boolean enabled, Path dataDir, int retentionDays, boolean logAskers) {
    public QuestionLogSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Setting.QUESTION_LOG_DAYS.requireInRange(retentionDays);
    }

    /** The database file in the data folder. */
    public Path databaseFile() {
        return dataDir.resolve("questions.db");
    }
}
