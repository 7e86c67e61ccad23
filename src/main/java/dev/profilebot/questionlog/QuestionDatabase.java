package dev.profilebot.questionlog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The question log's SQLite file: opened, checked and brought to the current schema with Flyway.
 * A file that is not an SQLite database, is damaged, holds tables the bot did not create, or was
 * migrated by a newer version is refused with a {@link QuestionLogException} naming it, and never
 * written to. A folder or file the bot cannot write is {@link Unavailable}: the bot runs on without
 * a log.
 */
final class QuestionDatabase {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final SQLiteDataSource dataSource;

    /** The database cannot be created or opened here (a read-only folder, a full disk). */
    static final class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private QuestionDatabase(Path file, SQLiteDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
    }

    /**
     * Opens the file, creating it and its folder when missing, and migrates it.
     *
     * @param busyTimeoutMillis how long a statement waits for another connection's lock
     */
    static QuestionDatabase open(Path file, int busyTimeoutMillis) throws Unavailable {
        refuseIfNotSqlite(file);
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new Unavailable(
                    "the folder of " + file + " cannot be created ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
        checkIntegrity(file, busyTimeoutMillis);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis);
        // deleted questions are overwritten, not left in free pages
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        QuestionDatabase database = new QuestionDatabase(file, dataSource);
        database.migrate();
        return database;
    }

    /** Opens an existing file to read it; a missing file is an error naming it. */
    static QuestionDatabase openExisting(Path file, int busyTimeoutMillis) {
        if (!Files.isRegularFile(file)) {
            throw new QuestionLogException("There is no question log at " + file
                    + " yet: it is written by serve, discord and chat while QUESTION_LOG is on (DATA_DIR names"
                    + " its folder).");
        }
        try {
            return open(file, busyTimeoutMillis);
        } catch (Unavailable e) {
            throw new QuestionLogException("The question log " + file + " cannot be opened: " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    private void migrate() throws Unavailable {
        Flyway flyway = Flyway.configure(QuestionDatabase.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
        try {
            MigrationInfo[] applied = flyway.info().applied();
            boolean newer =
                    Arrays.stream(applied).anyMatch(m -> m.getState().name().startsWith("FUTURE"));
            if (newer) {
                throw new QuestionLogException("The question log " + file
                        + " was written by a newer version of profile-bot; it is left as it is. Run that version,"
                        + " or set DATA_DIR to another folder.");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw classify(e);
        }
    }

    private RuntimeException classify(FlywayException e) throws Unavailable {
        SQLiteException sqlite = sqliteCause(e);
        if (sqlite != null) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB) {
                return damaged(e);
            }
            throw new Unavailable(file + " cannot be written (" + code + ")", e);
        }
        if (String.valueOf(e.getMessage()).contains("without schema history table")
                || String.valueOf(e.getMessage()).contains("no schema history table")) {
            return new QuestionLogException(
                    "The question log " + file + " holds tables profile-bot did not create; it is left as it is."
                            + " Set DATA_DIR to another folder, or move the file away.",
                    e);
        }
        return new QuestionLogException(
                "The question log " + file + " does not match this version of profile-bot (" + e.getMessage()
                        + "); it is left as it is. Move it away to start a new log.",
                e);
    }

    private QuestionLogException damaged(Exception e) {
        return new QuestionLogException(
                "The question log " + file + " is not a readable SQLite database; it is left as it is."
                        + " Move it away (or restore a backup) to start a new log.",
                e);
    }

    private static SQLiteException sqliteCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                return sqlite;
            }
        }
        return null;
    }

    /**
     * Reads every page of an existing file, read-only, before anything writes to it: damage
     * anywhere refuses the file, not only damage Flyway happens to read.
     */
    private static void checkIntegrity(Path file, int busyTimeoutMillis) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(busyTimeoutMillis);
        SQLiteDataSource readOnly = new SQLiteDataSource(config);
        readOnly.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection connection = readOnly.getConnection();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            String result = rows.next() ? rows.getString(1) : "no result";
            if (!"ok".equals(result)) {
                throw new QuestionLogException("The question log " + file + " is damaged (" + result
                        + "); it is left as it is. Move it away (or restore a backup) to start a new log.");
            }
        } catch (SQLException e) {
            SQLiteException sqlite = sqliteCause(e);
            if (sqlite != null
                    && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT
                            || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB)) {
                throw new QuestionLogException(
                        "The question log " + file + " is not a readable SQLite database; it is left as it is."
                                + " Move it away (or restore a backup) to start a new log.",
                        e);
            }
            // busy or unreadable for another reason: opening it says what is wrong
        }
    }

    /** A file that does not start with SQLite's header is not opened at all. */
    private static void refuseIfNotSqlite(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(header, 0, header.length);
            if (read == 0) {
                return; // an empty file is an empty database
            }
            if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new QuestionLogException("The question log " + file
                        + " is not an SQLite database; it is left as it is. Move it away (or restore a backup) to"
                        + " start a new log.");
            }
        } catch (IOException e) {
            throw new QuestionLogException(
                    "The question log " + file + " cannot be read ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
    }
}
