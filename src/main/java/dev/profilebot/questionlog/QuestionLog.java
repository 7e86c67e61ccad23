package dev.profilebot.questionlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilebot.answer.Answer;
import dev.profilebot.answer.AnswerLog;
import dev.profilebot.answer.Question;
import dev.profilebot.answer.Source;
import dev.profilebot.config.QuestionLogSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The owner's question log: every question answered (time, platform, conversation, question,
 * outcome, mode, sources, latency; the asker and the conversation as salted hashes unless the
 * owner asks otherwise), the platform messages that carried each answer, and the votes on them.
 * Writes go to one background thread through a bounded queue, so recording never delays or fails
 * an answer: a locked database, a full disk or a full queue is logged and counted ({@code
 * profilebot_question_log_writes_total{outcome=failed|dropped}}) and the answer goes out regardless.
 * A file found damaged while the bot runs is not written again. Questions and votes older than the
 * retention are deleted at start and then hourly.
 */
public final class QuestionLog implements AnswerLog, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QuestionLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUEUE = 10_000;
    private static final int BUSY_TIMEOUT_MILLIS = 2_000;
    static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);
    private static final String SALT = "asker_salt";

    private final QuestionDatabase database;
    private final Duration retention;
    private final Clock clock;
    private final AskerHash askers;
    private final ThreadPoolExecutor writer;
    private final ScheduledExecutorService pruning;
    private final Counter written;
    private final Counter failed;
    private final Counter dropped;
    private final List<Consumer<LoggedQuestion>> notCoveredListeners = new CopyOnWriteArrayList<>();
    // touched by the writer thread only
    private Connection connection;
    private volatile boolean damaged;
    private volatile Instant lastWarning = Instant.MIN;

    private QuestionLog(
            QuestionDatabase database, QuestionLogSettings settings, Clock clock, MeterRegistry metrics, byte[] salt) {
        this.database = database;
        this.retention = Duration.ofDays(settings.retentionDays());
        this.clock = clock;
        this.askers = new AskerHash(salt, settings.logAskers());
        this.writer = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE),
                runnable -> daemon(runnable, "question-log"),
                new ThreadPoolExecutor.AbortPolicy());
        this.pruning = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "question-log-pruning"));
        this.written = writes(metrics, "written");
        this.failed = writes(metrics, "failed");
        this.dropped = writes(metrics, "dropped");
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static Counter writes(MeterRegistry metrics, String outcome) {
        return Counter.builder("profilebot.question.log.writes")
                .description("Writes to the question log, by outcome")
                .tag("outcome", outcome)
                .register(metrics);
    }

    /**
     * Opens the log the settings name, or none when they turn it off or its folder cannot be
     * written (the bot then answers without a log, and says so once).
     *
     * @throws QuestionLogException when the file is there but unusable; it is left untouched
     */
    public static Optional<QuestionLog> open(QuestionLogSettings settings, Clock clock, MeterRegistry metrics) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        QuestionDatabase database;
        try {
            database = QuestionDatabase.open(settings.databaseFile(), BUSY_TIMEOUT_MILLIS);
        } catch (QuestionDatabase.Unavailable e) {
            log.warn(
                    "Answering without a question log: {}. Set DATA_DIR to a writable folder to keep one.",
                    e.getMessage());
            writes(metrics, "failed").increment();
            return Optional.empty();
        }
        byte[] salt;
        try {
            salt = salt(database);
        } catch (SQLException e) {
            if (isDamage(e)) {
                throw new QuestionLogException(
                        "The question log " + settings.databaseFile()
                                + " is damaged; it is left as it is. Move it away (or restore a backup) to start a new log.",
                        e);
            }
            log.warn(
                    "Answering without a question log: {} cannot be written ({})",
                    settings.databaseFile(),
                    e.getMessage());
            writes(metrics, "failed").increment();
            return Optional.empty();
        }
        QuestionLog questionLog = new QuestionLog(database, settings, clock, metrics, salt);
        questionLog.submit(questionLog::pruneNow, false); // first in the queue: before anything is read
        questionLog.pruning.scheduleWithFixedDelay(
                () -> questionLog.submit(questionLog::pruneNow, false),
                PRUNE_EVERY.toMillis(),
                PRUNE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Keeping the question log in {} ({} days)", settings.databaseFile(), settings.retentionDays());
        return Optional.of(questionLog);
    }

    /** The database file, for messages. */
    public java.nio.file.Path file() {
        return database.file();
    }

    /** A reader of this log, for the owners' report and digest. */
    public QuestionReports reports() {
        return new QuestionReports(database, clock);
    }

    /** Called, on the log's thread, with each question the profile did not cover once it is stored. */
    public void onNotCovered(Consumer<LoggedQuestion> listener) {
        notCoveredListeners.add(listener);
    }

    /** No longer called with questions. */
    public void removeNotCoveredListener(Consumer<LoggedQuestion> listener) {
        notCoveredListeners.remove(listener);
    }

    @Override
    public void answered(Question question, Answer answer) {
        Instant at = clock.instant();
        String platform = question.asker().platform();
        LoggedQuestion logged = new LoggedQuestion(
                question.id(),
                at,
                platform,
                question.text().strip(),
                LoggedQuestion.outcomeOf(answer),
                answer.mode().jsonName(),
                answer.sources().stream().map(Source::label).distinct().toList());
        Optional<String> asker = askers.of(platform, question.asker().id());
        Optional<String> conversation = question.conversation().map(askers::conversation);
        submit(
                () -> {
                    try (PreparedStatement insert = connection()
                            .prepareStatement("INSERT OR IGNORE INTO question (id, asked_at, platform, conversation,"
                                    + " asker, question, outcome, mode, sources, latency_ms)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        insert.setString(1, logged.id());
                        insert.setLong(2, at.toEpochMilli());
                        insert.setString(3, platform);
                        insert.setString(4, conversation.orElse(null));
                        insert.setString(5, asker.orElse(null));
                        insert.setString(6, logged.question());
                        insert.setString(7, logged.outcome());
                        insert.setString(8, logged.mode());
                        insert.setString(9, json(logged.sources()));
                        insert.setLong(10, answer.millis());
                        insert.executeUpdate();
                    }
                    if (logged.outcome().equals("not_covered")) {
                        tell(logged);
                    }
                },
                true);
    }

    /** The listeners' failures are theirs: the question is written. */
    private void tell(LoggedQuestion logged) {
        for (Consumer<LoggedQuestion> listener : notCoveredListeners) {
            try {
                listener.accept(logged);
            } catch (RuntimeException e) {
                log.debug("A not-covered listener failed", e);
            }
        }
    }

    /**
     * Records that a platform message carries (part of) the answer to a question, so votes on it
     * find it. Called as each message is sent, before the question's row may be written.
     */
    public void answerSent(String questionId, String platform, String messageId) {
        long at = clock.millis();
        submit(
                () -> {
                    try (PreparedStatement insert = connection()
                            .prepareStatement("INSERT OR IGNORE INTO answer_message (platform, message_id, question_id,"
                                    + " sent_at) VALUES (?, ?, ?, ?)")) {
                        insert.setString(1, platform);
                        insert.setString(2, messageId);
                        insert.setString(3, questionId);
                        insert.setLong(4, at);
                        insert.executeUpdate();
                    }
                },
                true);
    }

    /**
     * A vote on one of the bot's messages. It counts once that message is known to carry an
     * answer; votes on other messages are pruned with age and never reported.
     */
    public void vote(String platform, String messageId, String voterId, Vote vote) {
        String voter = askers.of(platform, voterId);
        long at = clock.millis();
        submit(
                () -> {
                    try (PreparedStatement insert = connection()
                            .prepareStatement("INSERT OR REPLACE INTO feedback (platform, message_id, voter, vote,"
                                    + " voted_at) VALUES (?, ?, ?, ?, ?)")) {
                        insert.setString(1, platform);
                        insert.setString(2, messageId);
                        insert.setString(3, voter);
                        insert.setInt(4, vote.value());
                        insert.setLong(5, at);
                        insert.executeUpdate();
                    }
                },
                true);
    }

    /** A vote taken back (the reaction removed). */
    public void unvote(String platform, String messageId, String voterId, Vote vote) {
        String voter = askers.of(platform, voterId);
        submit(
                () -> {
                    try (PreparedStatement delete = connection()
                            .prepareStatement("DELETE FROM feedback WHERE platform = ? AND message_id = ? AND voter = ?"
                                    + " AND vote = ?")) {
                        delete.setString(1, platform);
                        delete.setString(2, messageId);
                        delete.setString(3, voter);
                        delete.setInt(4, vote.value());
                        delete.executeUpdate();
                    }
                },
                true);
    }

    /** A vote on an answer. */
    public enum Vote {
        UP(1),
        DOWN(-1);

        private final int value;

        Vote(int value) {
            this.value = value;
        }

        int value() {
            return value;
        }
    }

    /** Waits for the writes queued so far (tests, and before reading what was just written). */
    public void flush() {
        try {
            writer.submit(() -> {}).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.debug("The question log did not flush in time", e);
        }
    }

    /** Writes what is queued, then closes the database. */
    @Override
    public void close() {
        pruning.shutdownNow();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn(
                        "Closed the question log with {} writes left",
                        writer.getQueue().size());
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }

    private interface Write {
        void run() throws SQLException;
    }

    /** @param counted whether the write is a row (counted as written) rather than housekeeping */
    private void submit(Write write, boolean counted) {
        try {
            writer.execute(() -> {
                if (damaged) {
                    failed.increment();
                    return;
                }
                try {
                    write.run();
                    if (counted) {
                        written.increment();
                    }
                } catch (SQLException | RuntimeException e) {
                    failed.increment();
                    closeConnection();
                    if (isDamage(e)) {
                        damaged = true;
                        log.error(
                                "The question log {} is damaged: nothing more is written to it while the bot runs, and"
                                        + " it is left as it is. Answers go out regardless.",
                                database.file());
                    } else {
                        warn("The question log " + database.file() + " could not be written (" + e.getMessage()
                                + "); the answer went out regardless");
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            dropped.increment();
            warn("The question log is falling behind, or closed: a question was not recorded");
        }
    }

    private static boolean isDamage(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                SQLiteErrorCode code = sqlite.getResultCode();
                return code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB;
            }
        }
        return false;
    }

    /** At most one warning a minute: a full disk must not flood the log. */
    private void warn(String message) {
        Instant now = clock.instant();
        if (Duration.between(lastWarning, now).compareTo(WARN_EVERY) >= 0) {
            lastWarning = now;
            log.warn(message);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = database.connect();
        }
        return connection;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the next write opens a new one
            }
            connection = null;
        }
    }

    /** Prunes now, on the writer's thread, as the hourly schedule does; waits for it. */
    void pruneAndWait() {
        submit(this::pruneNow, false);
        flush();
    }

    /** Deletes the questions, answer messages and votes older than the retention. */
    void pruneNow() throws SQLException {
        long cutoff = clock.instant().minus(retention).toEpochMilli();
        int deleted = 0;
        for (String sql : List.of(
                "DELETE FROM question WHERE asked_at < ?",
                "DELETE FROM answer_message WHERE sent_at < ?",
                "DELETE FROM feedback WHERE voted_at < ?")) {
            try (PreparedStatement delete = connection().prepareStatement(sql)) {
                delete.setLong(1, cutoff);
                int rows = delete.executeUpdate();
                deleted += sql.contains("question WHERE") ? rows : 0;
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} questions older than {} days from the question log", deleted, retention.toDays());
        }
    }

    private static byte[] salt(QuestionDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            Optional<String> stored = QuestionReports.setting(connection, SALT);
            if (stored.isPresent()) {
                return HexFormat.of().parseHex(stored.get());
            }
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT OR IGNORE INTO setting (name, value) VALUES (?, ?)")) {
                insert.setString(1, SALT);
                insert.setString(2, HexFormat.of().formatHex(salt));
                insert.executeUpdate();
            }
            return HexFormat.of()
                    .parseHex(QuestionReports.setting(connection, SALT).orElseThrow());
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> sources(String json) {
        try {
            List<String> values = new ArrayList<>();
            JSON.readTree(json).forEach(node -> values.add(node.asText()));
            return values;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    static LoggedQuestion read(ResultSet row) throws SQLException {
        return new LoggedQuestion(
                row.getString("id"),
                Instant.ofEpochMilli(row.getLong("asked_at")),
                row.getString("platform"),
                row.getString("question"),
                row.getString("outcome"),
                row.getString("mode"),
                sources(row.getString("sources")));
    }
}
