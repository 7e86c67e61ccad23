package dev.profilebot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilebot.answer.AnswerService;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.config.DiscordSettings;
import dev.profilebot.questionlog.QuestionGroups;
import dev.profilebot.questionlog.QuestionLog;
import dev.profilebot.questionlog.QuestionReport;
import dev.profilebot.testing.FakeDiscord;
import dev.profilebot.testing.TestApplication;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner's loop through the real JDA client and a fake Discord: answers logged with the messages
 * that carried them, votes by reaction, the owners' digest by DM, {@code /report} for owners alone,
 * replies without a mention, and no link previews.
 */
class DiscordOwnerLoopIT {

    private static final String TOKEN = "test.bot.token";
    private static final String OWNER = "5005";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path data;

    private FakeDiscord discord;
    private DiscordBot bot;
    private QuestionLog questionLog;

    private void start(Map<String, String> variables) throws Exception {
        discord = new FakeDiscord(TOKEN);
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("DISCORD_TOKEN", TOKEN);
        env.put("DISCORD_API_BASE_URL", discord.apiBaseUrl());
        env.put("DISCORD_OWNER_IDS", OWNER);
        env.put("QUESTION_LOG", "on");
        env.put("DATA_DIR", data.toString());
        env.putAll(variables);
        var config = ConfigLoader.load(env);
        questionLog = QuestionLog.open(config.questionLog(), Clock.systemUTC(), new SimpleMeterRegistry())
                .orElseThrow();
        AnswerService answers = new AnswerServiceWithLog(questionLog).answers();
        bot = DiscordBot.start(
                config.discord(),
                answers,
                TestApplication.get().jobFit(),
                "Jonathan Hartley",
                new SimpleMeterRegistry(),
                new OwnerTools(Optional.of(questionLog), QuestionGroups::byWording));
        bot.awaitReady(Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.stop(Duration.ofSeconds(2), Duration.ofSeconds(2));
            bot = null;
        }
        if (discord != null) {
            discord.close();
            discord = null;
        }
        if (questionLog != null) {
            questionLog.close();
            questionLog = null;
        }
    }

    @Test
    void should_record_thumbs_on_an_answer_against_its_question() throws Exception {
        start(Map.of());
        discord.postInChannel("3001", "<@1000> Where did he go to university?", true, null);
        FakeDiscord.Request answer =
                discord.await(FakeDiscord.Request::creates, 1, WAIT).get(0);
        String answerId = discord.sentMessageId(answer);
        awaitLogged(1);

        discord.react("3001", answerId, "👎", false);
        discord.react("3002", answerId, "👍🏽", false);
        discord.react("3003", answerId, "👍", false);
        discord.react("3003", answerId, "👍", true); // taken back
        discord.react("3004", answerId, "🎉", false); // not a vote
        QuestionReport report = awaitReport(r -> r.up() + r.down() == 2);

        assertThat(report.up()).isEqualTo(1);
        assertThat(report.down()).isEqualTo(1);
        assertThat(report.worstRated()).singleElement().satisfies(rated -> {
            assertThat(rated.question()).isEqualTo("Where did he go to university?");
            assertThat(rated.sources()).isNotEmpty();
        });
        assertThat(answer.suppressesEmbeds())
                .as("no link previews under an answer")
                .isTrue();
        assertThat(discord.requests(r -> r.path().contains("/reactions/")))
                .as("the bot adds no reactions itself")
                .isEmpty();
    }

    @Test
    void should_answer_a_reply_to_an_answer_that_does_not_mention_the_bot() throws Exception {
        start(Map.of());
        discord.postInChannel("3001", "<@1000> Where did he go to university?", true, null);
        String answerId = discord.sentMessageId(
                discord.await(FakeDiscord.Request::creates, 1, WAIT).get(0));
        // the fake records the request before the bot has its reply: a person replies a moment later
        Thread.sleep(500);

        discord.postInChannel("3001", "What did he study there?", false, answerId);
        discord.postInChannel("3001", "What did he study there?", false, null); // not a reply: ignored

        List<FakeDiscord.Request> replies = discord.await(FakeDiscord.Request::creates, 2, WAIT);
        Thread.sleep(300);
        assertThat(discord.requests(FakeDiscord.Request::creates)).hasSize(2);
        assertThat(replies.get(1).content()).containsIgnoringCase("Durham");
        assertThat(replies.get(1).suppressesEmbeds()).isTrue();
    }

    @Test
    void should_send_the_owner_each_uncovered_question_when_the_digest_is_immediate() throws Exception {
        start(Map.of("OWNER_DIGEST_MINUTES", "0"));

        discord.postInChannel("3001", "<@1000> Does he speak Welsh?", true, null);

        List<FakeDiscord.Request> digest = discord.await(
                r -> r.creates() && r.content() != null && r.content().contains("did not cover"), 1, WAIT);
        assertThat(discord.directChannelWith(OWNER)).isPresent();
        assertThat(digest).singleElement().satisfies(message -> {
            assertThat(message.path())
                    .endsWith("/channels/" + discord.directChannelWith(OWNER).get() + "/messages");
            assertThat(message.content()).contains("Does he speak Welsh?");
        });

        discord.postInChannel("3001", "<@1000> Where did he go to university?", true, null); // covered: no digest
        discord.await(r -> r.creates() && r.content().contains("Durham"), 1, WAIT);
        Thread.sleep(500);
        assertThat(discord.requests(r -> r.creates() && r.content().contains("did not cover")))
                .hasSize(1);
    }

    @Test
    void should_tell_the_owner_once_of_a_question_asked_while_the_bot_was_down() throws Exception {
        var settings = new dev.profilebot.config.QuestionLogSettings(true, data, 90, false);
        try (QuestionLog before = QuestionLog.open(settings, Clock.systemUTC(), new SimpleMeterRegistry())
                .orElseThrow()) {
            before.answered(
                    dev.profilebot.answer.Question.standalone("Does he play the cello?"),
                    new dev.profilebot.answer.Answer(
                            "The profile doesn't say.",
                            List.of(),
                            dev.profilebot.answer.Answer.Mode.OFFLINE,
                            dev.profilebot.answer.Answer.Outcome.NOT_COVERED,
                            3));
        }
        start(Map.of("OWNER_DIGEST_MINUTES", "0"));
        assertThat(discord.await(r -> r.creates() && r.content().contains("Does he play the cello?"), 1, WAIT))
                .hasSize(1);

        stop();
        start(Map.of("OWNER_DIGEST_MINUTES", "0"));
        discord.postInChannel("3001", "<@1000> Where did he go to university?", true, null);
        discord.await(r -> r.creates() && r.content().contains("Durham"), 1, WAIT);
        Thread.sleep(500);

        assertThat(discord.requests(r -> r.creates() && r.content().contains("did not cover")))
                .as("nothing new after the restart")
                .isEmpty();
    }

    @Test
    void should_send_nothing_to_the_owners_when_nothing_is_new() throws Exception {
        start(Map.of("OWNER_DIGEST_MINUTES", "0"));

        discord.postInChannel("3001", "<@1000> Where did he go to university?", true, null);
        discord.await(FakeDiscord.Request::creates, 1, WAIT);
        awaitLogged(1);
        Thread.sleep(300);

        assertThat(discord.directChannelWith(OWNER)).isEmpty();
    }

    @Test
    void should_show_the_report_to_owners_alone_and_only_to_them() throws Exception {
        start(Map.of());
        discord.postInChannel("3001", "<@1000> Does he speak Welsh?", true, null);
        discord.await(FakeDiscord.Request::creates, 1, WAIT);
        awaitLogged(1);

        String refused = discord.slashCommand("3001", "report", Map.of());
        FakeDiscord.Request refusal = discord.await(r -> r.path().contains("/interactions/" + refused), 1, WAIT)
                .get(0);
        assertThat(refusal.body().path("data").path("content").asText()).isEqualTo(OwnerReports.OWNERS_ONLY);
        assertThat(refusal.ephemeral()).isTrue();

        String asked = discord.slashCommand(OWNER, "report", Map.of());
        FakeDiscord.Request deferred = discord.await(r -> r.path().contains("/interactions/" + asked), 1, WAIT)
                .get(0);
        List<FakeDiscord.Request> edits =
                discord.await(r -> r.method().equals("PATCH") && r.path().endsWith("@original"), 1, WAIT);
        assertThat(deferred.ephemeral()).isTrue();
        assertThat(edits.get(0).content()).contains("1 question, 0 answered").contains("Does he speak Welsh?");
        assertThat(discord.violations()).isEmpty();
    }

    @Test
    void should_register_report_when_the_profile_has_owners() throws Exception {
        start(Map.of());
        var registered = discord.await(
                r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 1, Duration.ofSeconds(5));
        assertThat(registered.get(0).body().findValuesAsText("name")).contains("report");
    }

    @Test
    void should_stop_with_a_clear_message_when_discord_refuses_the_message_content_intent() throws Exception {
        discord = new FakeDiscord(TOKEN);
        discord.refusePrivilegedIntents();
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("DISCORD_TOKEN", TOKEN);
        env.put("DISCORD_API_BASE_URL", discord.apiBaseUrl());
        DiscordSettings settings = ConfigLoader.load(env).discord();
        DiscordBot refused = DiscordBot.start(
                settings,
                TestApplication.get().newAnswerService(0, 100),
                TestApplication.get().jobFit(),
                "Jonathan Hartley",
                new SimpleMeterRegistry());

        assertThatThrownBy(() -> refused.awaitReady(Duration.ofSeconds(20)))
                .isInstanceOf(DiscordUnavailableException.class)
                .hasMessageContaining("Message Content intent")
                .hasMessageContaining("DISCORD_READ_REPLIES=false");
    }

    private void awaitLogged(long questions) throws InterruptedException {
        awaitReport(r -> r.questions() >= questions);
    }

    private QuestionReport awaitReport(java.util.function.Predicate<QuestionReport> done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        QuestionReport report;
        do {
            questionLog.flush();
            report = questionLog.reports().report(Instant.EPOCH, QuestionGroups.byWording());
            if (done.test(report)) {
                return report;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return report;
    }

    /** An answer service over the shared test profile that records into the given log. */
    private record AnswerServiceWithLog(QuestionLog log) {
        AnswerService answers() {
            return TestApplication.get().newAnswerService(0, 100, Optional.empty(), log);
        }
    }
}
