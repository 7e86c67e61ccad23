package dev.profilebot.questionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilebot.answer.Answer;
import dev.profilebot.answer.Question;
import dev.profilebot.answer.Source;
import dev.profilebot.config.QuestionLogSettings;
import dev.profilebot.testing.LogCapture;
import dev.profilebot.testing.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question log on a real SQLite file, through the real driver and Flyway. */
class QuestionLogTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    private QuestionLogSettings settings(boolean logAskers) {
        return new QuestionLogSettings(true, dir.resolve("data"), 90, logAskers);
    }

    private QuestionLog open() {
        return QuestionLog.open(settings(false), clock, metrics).orElseThrow();
    }

    private static Answer answer(Answer.Outcome outcome, Answer.Mode mode) {
        return new Answer("It says so.", List.of(new Source("resume.md", "Experience", 0.8)), mode, outcome, 12);
    }

    private static Question asked(String text, String asker) {
        return Question.in("discord:dm:1", text).by(Question.Asker.on("discord", asker));
    }

    private QuestionReport report(QuestionLog log) {
        log.flush();
        return log.reports().report(Instant.EPOCH, QuestionGroups.byWording());
    }

    @Test
    void should_create_the_database_from_nothing_and_report_what_was_asked() {
        try (QuestionLog log = open()) {
            log.answered(asked("Where does she work?", "42"), answer(Answer.Outcome.ANSWERED, Answer.Mode.OFFLINE));
            log.answered(asked("Does she speak Welsh?", "42"), answer(Answer.Outcome.NOT_COVERED, Answer.Mode.OFFLINE));
            log.answered(asked("does she speak welsh", "7"), answer(Answer.Outcome.NOT_COVERED, Answer.Mode.OFFLINE));

            QuestionReport report = report(log);

            assertThat(Files.isRegularFile(dir.resolve("data/questions.db"))).isTrue();
            assertThat(report.questions()).isEqualTo(3);
            assertThat(report.answered()).isEqualTo(1);
            assertThat(report.notCovered()).singleElement().satisfies(group -> {
                assertThat(group.question()).isEqualTo("Does she speak Welsh?");
                assertThat(group.count()).isEqualTo(2);
            });
            assertThat(report.byPlatform()).containsEntry("discord", 3L);
            assertThat(report.byOutcome()).containsEntry("not_covered", 2L).containsEntry("answered", 1L);
        }
    }

    @Test
    void should_store_the_asker_only_as_a_salted_hash_by_default() throws Exception {
        try (QuestionLog log = open()) {
            log.answered(asked("Where does she work?", "123456789"), answer(Answer.Outcome.ANSWERED, Answer.Mode.LLM));
            log.flush();
        }
        String asker = single("SELECT asker FROM question");
        assertThat(asker).startsWith("h:").doesNotContain("123456789");
        assertThat(single("SELECT conversation FROM question"))
                .as("a conversation's key can lead back to the asker: hashed too")
                .startsWith("h:")
                .doesNotContain("discord:dm:1");
        assertThat(single("SELECT sources FROM question")).isEqualTo("[\"resume.md › Experience\"]");
        assertThat(single("SELECT mode FROM question")).isEqualTo("llm");
        assertThat(single("SELECT latency_ms FROM question")).isEqualTo("12");
    }

    @Test
    void should_store_the_asker_as_themselves_when_the_owner_asks_for_it() throws Exception {
        try (QuestionLog log = QuestionLog.open(settings(true), clock, metrics).orElseThrow()) {
            log.answered(asked("Where does she work?", "123456789"), answer(Answer.Outcome.ANSWERED, Answer.Mode.LLM));
            log.flush();
        }
        assertThat(single("SELECT asker FROM question")).isEqualTo("discord:123456789");
        assertThat(single("SELECT conversation FROM question")).isEqualTo("discord:dm:1");
    }

    @Test
    void should_keep_the_log_and_the_askers_hash_across_a_restart() throws Exception {
        try (QuestionLog log = open()) {
            log.answered(asked("Where does she work?", "42"), answer(Answer.Outcome.ANSWERED, Answer.Mode.OFFLINE));
            log.flush();
        }
        try (QuestionLog log = open()) {
            log.answered(asked("Where did she study?", "42"), answer(Answer.Outcome.ANSWERED, Answer.Mode.OFFLINE));
            assertThat(report(log).questions()).isEqualTo(2);
        }
        assertThat(single("SELECT COUNT(DISTINCT asker) FROM question")).isEqualTo("1");
    }

    @Test
    void should_delete_questions_older_than_the_retention() {
        try (QuestionLog log = open()) {
            log.answered(asked("Where does she work?", "42"), answer(Answer.Outcome.ANSWERED, Answer.Mode.OFFLINE));
            log.flush();
        }
        clock.advance(Duration.ofDays(89));
        try (QuestionLog log = open()) {
            log.answered(asked("Where did she study?", "42"), answer(Answer.Outcome.ANSWERED, Answer.Mode.OFFLINE));
            assertThat(report(log).questions()).isEqualTo(2);
        }
        clock.advance(Duration.ofDays(2));
        try (QuestionLog log = open()) {
            assertThat(report(log).questions()).isEqualTo(1);
        }
    }

    @Test
    void should_prune_while_no_one_asks_anything() {
        try (QuestionLog log = open()) {
            Question question = asked("Where does she work?", "42");
            log.answered(question, answer(Answer.Outcome.ANSWERED, Answer.Mode.OFFLINE));
            log.answerSent(question.id(), "discord", "1001");
            log.vote("discord", "1001", "7", QuestionLog.Vote.UP);
            log.flush();

            clock.advance(Duration.ofDays(91));
            log.pruneAndWait();

            assertThat(report(log).questions()).isZero();
        }
    }

    @Test
    void should_record_votes_on_the_messages_that_carried_an_answer() {
        try (QuestionLog log = open()) {
            Question question = asked("What does she do now?", "42");
            // a streamed answer's message is sent, and voted on, before its question is logged
            log.answerSent(question.id(), "discord", "1001");
            log.vote("discord", "1001", "7", QuestionLog.Vote.DOWN);
            log.answered(question, answer(Answer.Outcome.CLOSEST_MATCH, Answer.Mode.OFFLINE));
            log.answerSent(question.id(), "discord", "1002"); // the answer's second message
            log.vote("discord", "1002", "8", QuestionLog.Vote.DOWN);
            log.vote("discord", "1001", "8", QuestionLog.Vote.DOWN); // the same person on both messages: once
            log.vote("discord", "1001", "9", QuestionLog.Vote.UP);
            log.unvote("discord", "1001", "9", QuestionLog.Vote.UP);
            log.vote("discord", "9999", "7", QuestionLog.Vote.UP); // not an answer: ignored

            QuestionReport report = report(log);

            assertThat(report.up()).isZero();
            assertThat(report.down()).isEqualTo(2);
            assertThat(report.worstRated()).singleElement().satisfies(rated -> {
                assertThat(rated.question()).isEqualTo("What does she do now?");
                assertThat(rated.down()).isEqualTo(2);
                assertThat(rated.sources()).containsExactly("resume.md › Experience");
            });
        }
    }

    @Test
    void should_refuse_a_file_that_is_not_a_database_and_leave_it_untouched() throws Exception {
        Path file = dir.resolve("data/questions.db");
        Files.createDirectories(file.getParent());
        byte[] junk = "these are not the bytes of a database, but a note someone kept".getBytes();
        Files.write(file, junk);

        assertThatThrownBy(() -> QuestionLog.open(settings(false), clock, metrics))
                .isInstanceOf(QuestionLogException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("left as it is");
        assertThatThrownBy(() -> QuestionReports.open(file, clock))
                .isInstanceOf(QuestionLogException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void should_refuse_a_damaged_database_and_leave_it_untouched() throws Exception {
        try (QuestionLog log = open()) {
            log.answered(asked("Where does she work?", "42"), answer(Answer.Outcome.ANSWERED, Answer.Mode.OFFLINE));
            log.flush();
        }
        Path file = dir.resolve("data/questions.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5; // the header stays, the pages are gone
        }
        Files.write(file, bytes);

        assertThatThrownBy(() -> QuestionLog.open(settings(false), clock, metrics))
                .isInstanceOf(QuestionLogException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void should_refuse_a_database_damaged_in_a_page_no_migration_reads() throws Exception {
        try (QuestionLog log = open()) {
            for (int i = 0; i < 2000; i++) {
                log.answered(
                        asked("Question number " + i + " about her work and her years at Voltaro?", "42"),
                        answer(Answer.Outcome.ANSWERED, Answer.Mode.OFFLINE));
            }
            log.flush();
        }
        Path file = dir.resolve("data/questions.db");
        byte[] bytes = Files.readAllBytes(file);
        int page = 4096;
        assertThat(bytes.length).isGreaterThan(40 * page);
        for (int i = 30 * page; i < 31 * page; i++) {
            bytes[i] = (byte) 0x5A; // one page of the question table's data, in the middle
        }
        Files.write(file, bytes);

        assertThatThrownBy(() -> QuestionLog.open(settings(false), clock, metrics))
                .isInstanceOf(QuestionLogException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("left as it is");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void should_refuse_a_database_migrated_by_a_newer_version() throws Exception {
        open().close();
        Path file = dir.resolve("data/questions.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future',"
                    + " 'SQL', 'V99__from_the_future.sql', 0, 'later', 1, 1)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> QuestionLog.open(settings(false), clock, metrics))
                .isInstanceOf(QuestionLogException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("newer version");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void should_answer_without_a_log_when_the_data_folder_cannot_be_written() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the folder should be");
        QuestionLogSettings unwritable = new QuestionLogSettings(true, notAFolder.resolve("inner"), 90, false);

        try (LogCapture logs = new LogCapture()) {
            Optional<QuestionLog> log = QuestionLog.open(unwritable, clock, metrics);

            assertThat(log).isEmpty();
            assertThat(logs.text()).contains("Answering without a question log").contains("DATA_DIR");
        }
    }

    @Test
    void should_count_a_write_the_locked_database_refused_without_holding_the_answer() throws Exception {
        try (QuestionLog log = open()) {
            log.flush(); // the pruning queued at open runs before the lock is taken
            Path file = dir.resolve("data/questions.db");
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = other.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
                long start = System.nanoTime();
                log.answered(asked("Where does she work?", "42"), answer(Answer.Outcome.ANSWERED, Answer.Mode.OFFLINE));
                long tookMillis = (System.nanoTime() - start) / 1_000_000;
                log.flush();
                assertThat(tookMillis).as("recording waits for nothing").isLessThan(1_000);
                assertThat(metrics.counter("profilebot.question.log.writes", "outcome", "failed")
                                .count())
                        .isEqualTo(1);
                statement.execute("ROLLBACK");
            }
            log.answered(asked("Where did she study?", "42"), answer(Answer.Outcome.ANSWERED, Answer.Mode.OFFLINE));
            assertThat(report(log).questions())
                    .as("the log writes again once the lock is gone")
                    .isEqualTo(1);
        }
    }

    @Test
    void should_list_the_not_covered_questions_the_owners_were_not_told_of() {
        try (QuestionLog log = open()) {
            log.answered(asked("Does she speak Welsh?", "1"), answer(Answer.Outcome.NOT_COVERED, Answer.Mode.OFFLINE));
            log.flush();
            QuestionReports reports = log.reports();
            List<LoggedQuestion> first = reports.notCoveredSinceDigest(Instant.EPOCH);
            assertThat(first).extracting(LoggedQuestion::question).containsExactly("Does she speak Welsh?");
            reports.digestSent(first.get(first.size() - 1).askedAt());

            clock.advance(Duration.ofMinutes(5));
            log.answered(asked("Can she drive?", "1"), answer(Answer.Outcome.NOT_COVERED, Answer.Mode.OFFLINE));
            log.flush();

            assertThat(reports.notCoveredSinceDigest(Instant.EPOCH))
                    .extracting(LoggedQuestion::question)
                    .containsExactly("Can she drive?");
        }
    }

    private String single(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/questions.db"));
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
