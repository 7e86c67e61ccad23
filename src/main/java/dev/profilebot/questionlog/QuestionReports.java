package dev.profilebot.questionlog;

import dev.profilebot.questionlog.QuestionReport.Rated;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the question log for its owner: the report over a period, and the not-covered questions
 * the owners have not been told of yet (the digest). Each call opens its own connection, so it
 * never waits on the writer's queue.
 */
public final class QuestionReports {

    /** The worst-rated answers a report lists. */
    static final int WORST_RATED = 5;

    private static final String DIGEST_SENT_UNTIL = "digest_sent_until";
    private static final String DIGEST_LAST_RUN = "digest_last_run";
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final QuestionDatabase database;
    private final Clock clock;

    QuestionReports(QuestionDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * The reports of the log in this file, for the {@code report} command.
     *
     * @throws QuestionLogException when there is no log there, or it cannot be read; the message names the file
     */
    public static QuestionReports open(Path file, Clock clock) {
        return new QuestionReports(QuestionDatabase.openExisting(file, BUSY_TIMEOUT_MILLIS), clock);
    }

    /** What was asked from {@code since} until now. */
    public QuestionReport report(Instant since, QuestionGroups groups) {
        try (Connection connection = database.connect()) {
            long questions = count(connection, "SELECT COUNT(*) FROM question WHERE asked_at >= ?", since);
            long answered = count(
                    connection,
                    "SELECT COUNT(*) FROM question WHERE asked_at >= ? AND outcome IN ('answered', 'fallback')",
                    since);
            List<String> notCovered = new ArrayList<>();
            for (var q : questions(connection, "outcome = 'not_covered'", since, Instant.MAX)) {
                notCovered.add(q.question());
            }
            long up = count(connection, FEEDBACK + " AND f.vote = 1", since);
            long down = count(connection, FEEDBACK + " AND f.vote = -1", since);
            return new QuestionReport(
                    since,
                    questions,
                    answered,
                    groups.group(notCovered),
                    up,
                    down,
                    worstRated(connection, since),
                    countsBy(connection, "platform", since),
                    countsBy(connection, "outcome", since));
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /** Votes counted once their message is known to carry an answer whose question is logged. */
    private static final String VOTES = " FROM feedback f"
            + " JOIN answer_message m ON m.platform = f.platform AND m.message_id = f.message_id"
            + " JOIN question q ON q.id = m.question_id";

    private static final String FEEDBACK =
            "SELECT COUNT(DISTINCT q.id || ' ' || f.voter)" + VOTES + " WHERE q.asked_at >= ?";

    /** The questions the profile did not cover since the last digest (or {@code since} for a first one). */
    public List<LoggedQuestion> notCoveredSinceDigest(Instant firstSince) {
        try (Connection connection = database.connect()) {
            Instant from = setting(connection, DIGEST_SENT_UNTIL)
                    .map(value -> Instant.ofEpochMilli(Long.parseLong(value)))
                    .orElse(firstSince);
            return questions(connection, "outcome = 'not_covered'", from, Instant.MAX);
        } catch (SQLException | NumberFormatException e) {
            throw unreadable(e);
        }
    }

    /** Records that the owners were told of every not-covered question asked before {@code until}. */
    public void digestSent(Instant until) {
        try (Connection connection = database.connect()) {
            store(connection, DIGEST_SENT_UNTIL, until.plusMillis(1));
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /**
     * When the digest last ran (sent or found nothing new); the first time it is asked, now is
     * stored, so a bot restarted more often than the digest's interval still sends one.
     */
    public Instant digestLastRun() {
        try (Connection connection = database.connect()) {
            Optional<String> stored = setting(connection, DIGEST_LAST_RUN);
            if (stored.isPresent()) {
                return Instant.ofEpochMilli(Long.parseLong(stored.get()));
            }
            Instant now = clock.instant();
            store(connection, DIGEST_LAST_RUN, now);
            return now;
        } catch (SQLException | NumberFormatException e) {
            throw unreadable(e);
        }
    }

    /** Records that the digest ran now. */
    public void digestRan() {
        try (Connection connection = database.connect()) {
            store(connection, DIGEST_LAST_RUN, clock.instant());
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    private static void store(Connection connection, String name, Instant value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, name);
            upsert.setString(2, Long.toString(value.toEpochMilli()));
            upsert.executeUpdate();
        }
    }

    /** Now, by this log's clock. */
    public Instant now() {
        return clock.instant();
    }

    private List<LoggedQuestion> questions(Connection connection, String condition, Instant from, Instant to)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM question WHERE " + condition
                + " AND asked_at >= ? AND asked_at < ? ORDER BY asked_at")) {
            select.setLong(1, from.toEpochMilli());
            select.setLong(2, to == Instant.MAX ? Long.MAX_VALUE : to.toEpochMilli());
            List<LoggedQuestion> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(QuestionLog.read(rows));
                }
            }
            return found;
        }
    }

    private static List<Rated> worstRated(Connection connection, Instant since) throws SQLException {
        // one person's vote on an answer split over several messages counts once
        try (PreparedStatement select = connection.prepareStatement("SELECT q.question, q.outcome, q.sources,"
                + " COUNT(DISTINCT CASE WHEN f.vote = 1 THEN f.voter END) AS up,"
                + " COUNT(DISTINCT CASE WHEN f.vote = -1 THEN f.voter END) AS down"
                + VOTES + " WHERE q.asked_at >= ?"
                + " GROUP BY q.id HAVING down > 0 ORDER BY down - up DESC, down DESC, q.asked_at DESC LIMIT ?")) {
            select.setLong(1, since.toEpochMilli());
            select.setInt(2, WORST_RATED);
            List<Rated> rated = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rated.add(new Rated(
                            rows.getString("question"),
                            rows.getString("outcome"),
                            QuestionLog.sources(rows.getString("sources")),
                            rows.getLong("up"),
                            rows.getLong("down")));
                }
            }
            return rated;
        }
    }

    private static Map<String, Long> countsBy(Connection connection, String column, Instant since) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + column + ", COUNT(*) FROM question"
                + " WHERE asked_at >= ? GROUP BY " + column + " ORDER BY COUNT(*) DESC")) {
            select.setLong(1, since.toEpochMilli());
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        }
    }

    private static long count(Connection connection, String sql, Instant since) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, since.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    static Optional<String> setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM setting WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private QuestionLogException unreadable(Exception e) {
        return new QuestionLogException(
                "The question log " + database.file() + " cannot be read: " + e.getMessage(), e);
    }
}
