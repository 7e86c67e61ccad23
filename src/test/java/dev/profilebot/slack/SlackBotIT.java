package dev.profilebot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilebot.config.ConfigLoader;
import dev.profilebot.config.SlackSettings;
import dev.profilebot.testing.FakeModelServer;
import dev.profilebot.testing.FakeSlack;
import dev.profilebot.testing.LogCapture;
import dev.profilebot.testing.TestApplication;
import dev.profilebot.testing.TestModels;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Bolt client, in Socket Mode, against a fake Slack on loopback (Web API + WebSocket). */
class SlackBotIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeSlack slack;
    private SlackBot bot;
    private LogCapture logs;

    @BeforeEach
    void connect() throws Exception {
        logs = new LogCapture();
        slack = new FakeSlack();
        bot = start(Map.of());
    }

    private SlackBot start(Map<String, String> variables) {
        SlackBot started = SlackBot.start(
                settings(variables),
                TestApplication.get().newAnswerService(0, 100),
                "Jonathan Hartley",
                new SimpleMeterRegistry());
        started.awaitReady(WAIT);
        return started;
    }

    private SlackSettings settings(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN);
        env.put("SLACK_APP_TOKEN", FakeSlack.APP_TOKEN);
        env.put("SLACK_API_BASE_URL", slack.apiBaseUrl());
        env.putAll(variables);
        return ConfigLoader.load(env).slack();
    }

    @AfterEach
    void disconnect() {
        if (bot != null) {
            bot.close();
        }
        slack.close();
        String logged = logs.text();
        logs.close();
        assertThat(logged)
                .as("no token reaches a log line")
                .doesNotContain(FakeSlack.BOT_TOKEN)
                .doesNotContain(FakeSlack.APP_TOKEN);
    }

    @Test
    void should_connect_through_apps_connections_open_and_be_ready_after_hello() {
        assertThat(bot.connected()).isTrue();
        assertThat(slack.calls(c -> c.method().equals("auth.test"))).isNotEmpty();
        assertThat(slack.calls(c -> c.method().equals("apps.connections.open"))).hasSize(1);
        assertThat(slack.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void should_answer_a_mention_in_its_thread_and_acknowledge_it_at_once() throws Exception {
        String envelope = slack.mention("U0000ASK", "Where did he go to university?", null);

        List<FakeSlack.Call> posts = slack.await(c -> c.method().equals("chat.postMessage"), 1, WAIT);
        FakeSlack.Ack ack = slack.awaitAck(envelope, WAIT);

        assertThat(ack).isNotNull();
        assertThat(ack.after()).isLessThan(Duration.ofSeconds(3));
        FakeSlack.Call post = posts.get(0);
        assertThat(post.param("channel")).isEqualTo(FakeSlack.CHANNEL);
        assertThat(post.param("thread_ts"))
                .as("answered in the mention's thread")
                .isNotBlank();
        assertThat(post.text()).contains("University of Durham");
        assertThat(post.blocks()).contains("\"type\":\"context\"").contains("Sources: resume.md");
        assertThat(post.param("unfurl_links")).isIn("false", "0");
        assertThat(post.param("unfurl_media")).isIn("false", "0");
    }

    @Test
    void should_continue_a_thread_it_answered_without_a_mention() throws Exception {
        slack.mention("U0000ASK", "Where did he go to university?", null);
        String thread = slack.await(c -> c.method().equals("chat.postMessage"), 1, WAIT)
                .get(0)
                .param("thread_ts");

        slack.channelMessage("U0000ASK", "What did he study there?", thread);
        slack.channelMessage("U0000ASK", "What did he study there?", null); // not in a thread the bot is in

        List<FakeSlack.Call> posts = slack.await(c -> c.method().equals("chat.postMessage"), 2, WAIT);
        Thread.sleep(300);
        assertThat(slack.calls(c -> c.method().equals("chat.postMessage"))).hasSize(2);
        assertThat(posts.get(1).param("thread_ts")).isEqualTo(thread);
        assertThat(posts.get(1).text()).containsIgnoringCase("Durham");
    }

    @Test
    void should_answer_a_direct_message_in_the_dm() throws Exception {
        slack.directMessage("U0000ASK", "What is Colorama?");

        FakeSlack.Call post =
                slack.await(c -> c.method().equals("chat.postMessage"), 1, WAIT).get(0);

        assertThat(post.param("channel")).isEqualTo(FakeSlack.DM);
        assertThat(post.param("thread_ts")).isNull();
        assertThat(post.text()).contains("Colorama");
    }

    @Test
    void should_acknowledge_ask_in_time_and_answer_through_the_response_url() throws Exception {
        String envelope = slack.slashCommand("U0000ASK", "/ask", "What is Colorama?");

        FakeSlack.Ack ack = slack.awaitAck(envelope, WAIT);
        List<FakeSlack.Call> responses = slack.await(c -> c.method().equals("response_url"), 1, WAIT);

        assertThat(ack).isNotNull();
        assertThat(ack.after()).isLessThan(Duration.ofSeconds(3));
        assertThat(responses).singleElement().satisfies(response -> {
            assertThat(response.text()).contains("Colorama");
            assertThat(response.json().path("response_type").asText()).isEqualTo("in_channel");
            assertThat(response.blocks()).contains("Sources: resume.md");
        });
    }

    @Test
    void should_answer_help_in_the_acknowledgement_only_to_the_asker() throws Exception {
        String envelope = slack.slashCommand("U0000ASK", "/profile-help", "");

        FakeSlack.Ack ack = slack.awaitAck(envelope, WAIT);

        assertThat(ack.payload().path("text").asText()).contains("I answer questions about Jonathan Hartley");
        assertThat(ack.payload().path("text").asText()).contains("Try:");
    }

    @Test
    void should_ignore_bots_itself_and_message_subtypes_but_acknowledge_every_envelope() throws Exception {
        slack.mention("U0000ASK", "What is Colorama?", null);
        String thread = slack.await(c -> c.method().equals("chat.postMessage"), 1, WAIT)
                .get(0)
                .param("thread_ts");
        int before = slack.calls(c -> c.method().startsWith("chat.")).size();
        List<String> envelopes = List.of(
                slack.botMessage("What is Colorama?"),
                slack.ownMessageChanged(),
                slack.channelJoin("U0000NEW"),
                slack.ownThreadMessage(thread)); // its own answer echoed into a thread it follows

        for (String envelope : envelopes) {
            assertThat(slack.awaitAck(envelope, WAIT))
                    .as("envelope %s acknowledged", envelope)
                    .isNotNull();
        }
        Thread.sleep(300);
        assertThat(slack.calls(c -> c.method().startsWith("chat."))).hasSize(before);
    }

    @Test
    void should_answer_a_question_with_channel_in_it_without_notifying_anyone() throws Exception {
        try (FakeModelServer model = new FakeModelServer()) {
            // a model that repeats what it was asked, crowd mentions included
            model.script(FakeModelServer.openAiStream("<!channel> <!here> <!subteam^S123|devs> @everyone: he wrote"
                    + " [Colorama](https://pypi.org/project/colorama/) & more [1]."));
            restartWith(withModel(model));

            slack.directMessage("U0000ASK", "<!channel> what is Colorama & why?");

            FakeSlack.Call post = slack.await(c -> c.method().equals("chat.postMessage"), 1, WAIT)
                    .get(0);
            String sent = post.text() + post.blocks();
            assertThat(sent)
                    .doesNotContain("<!channel>")
                    .doesNotContain("<!here>")
                    .doesNotContain("<!subteam")
                    .contains("&lt;!channel&gt;")
                    .contains("@\u2060everyone")
                    .contains("&amp; more")
                    .contains("<https://pypi.org/project/colorama/|Colorama>");
            assertThat(post.param("parse")).isEqualTo("none");
            assertThat(model.requests().get(0).message("user")).contains("<!channel> what is Colorama & why?");
        }
    }

    @Test
    void should_stream_a_models_answer_updating_at_most_once_a_second() throws Exception {
        try (FakeModelServer model = new FakeModelServer()) {
            String[] pieces = new String[16];
            for (int i = 0; i < pieces.length; i++) {
                pieces[i] = "Piece " + i + " of what Jonathan built. ";
            }
            model.script(FakeModelServer.openAiStreamPaced(200, pieces));
            restartWith(withModel(model));

            slack.directMessage("U0000ASK", "What did he build?");

            slack.await(
                    c -> c.method().equals("chat.update")
                            && c.text().contains("Piece 15")
                            && !c.text().endsWith("…"),
                    1,
                    WAIT);
            List<FakeSlack.Call> posts = slack.calls(c -> c.method().equals("chat.postMessage"));
            List<FakeSlack.Call> updates = slack.calls(c -> c.method().equals("chat.update"));
            assertThat(posts).as("one message, updated as it is written").hasSize(1);
            assertThat(posts.get(0).text()).startsWith("Piece 0").endsWith("…");
            assertThat(updates)
                    .as("updates while the model writes, then the finished answer")
                    .hasSizeGreaterThanOrEqualTo(2);
            for (int i = 1; i < updates.size() - 1; i++) {
                assertThat(Duration.between(
                                updates.get(i - 1).at(), updates.get(i).at()))
                        .as("previews at most once a second")
                        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
            }
            assertThat(updates.get(updates.size() - 1).text())
                    .contains("Piece 15")
                    .doesNotEndWith("…");
        }
    }

    @Test
    void should_still_deliver_the_answer_when_slack_rate_limits_the_updates() throws Exception {
        try (FakeModelServer model = new FakeModelServer()) {
            String[] pieces = new String[12];
            for (int i = 0; i < pieces.length; i++) {
                pieces[i] = "Part " + i + " of the answer. ";
            }
            model.script(FakeModelServer.openAiStreamPaced(200, pieces));
            restartWith(withModel(model));
            slack.rateLimitUpdates(2);

            slack.directMessage("U0000ASK", "What did he build?");

            List<FakeSlack.Call> finished = slack.await(
                    c -> c.method().startsWith("chat.")
                            && c.text().contains("Part 11")
                            && !c.text().endsWith("…"),
                    1,
                    Duration.ofSeconds(20));
            assertThat(finished)
                    .as("the finished answer reaches Slack after the limit")
                    .isNotEmpty();
            assertThat(model.requests())
                    .as("a Slack limit is not a model failure: no second call")
                    .hasSize(1);
        }
    }

    @Test
    void should_split_a_long_answer_over_several_messages_each_within_a_section_block() throws Exception {
        try (FakeModelServer model = new FakeModelServer()) {
            StringBuilder longAnswer = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                longAnswer
                        .append("Sentence ")
                        .append(i)
                        .append(" about what Jonathan built over the years. ")
                        .append("x".repeat(80))
                        .append(". ");
            }
            model.script(FakeModelServer.openAiStream(longAnswer + "[1]"));
            restartWith(withModel(model));

            slack.directMessage("U0000ASK", "What did he build?");

            List<FakeSlack.Call> posts = slack.await(c -> c.method().equals("chat.postMessage"), 3, WAIT);
            assertThat(posts).hasSizeGreaterThanOrEqualTo(3);
            for (FakeSlack.Call call : posts) {
                for (var block : new com.fasterxml.jackson.databind.ObjectMapper().readTree(call.blocks())) {
                    assertThat(block.path("text").path("text").asText().length())
                            .isLessThanOrEqualTo(3000);
                }
            }
            assertThat(posts.get(posts.size() - 1).blocks()).contains("\"type\":\"context\"");
            assertThat(posts.get(0).blocks()).doesNotContain("\"type\":\"context\"");
            assertThat(posts.get(posts.size() - 1).text()).contains("Sentence 59");
        }
    }

    @Test
    void should_answer_a_dm_when_the_channels_are_restricted() throws Exception {
        bot.close();
        bot = start(Map.of("SLACK_ALLOWED_CHANNELS", "C0000XYZ"));

        slack.directMessage("U0000ASK", "What is Colorama?");
        slack.mention("U0000ASK", "What is Colorama?", null); // a channel outside the list

        List<FakeSlack.Call> posts = slack.await(c -> c.method().equals("chat.postMessage"), 2, WAIT);
        assertThat(posts).extracting(c -> c.param("channel")).contains(FakeSlack.DM, FakeSlack.CHANNEL);
        assertThat(posts.stream()
                        .filter(c -> c.param("channel").equals(FakeSlack.CHANNEL))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .isEqualTo(SlackBot.NOT_HERE);
        assertThat(posts.stream()
                        .filter(c -> c.param("channel").equals(FakeSlack.DM))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .contains("Colorama");
    }

    private dev.profilebot.answer.AnswerService withModel(FakeModelServer model) {
        return TestApplication.get()
                .newAnswerService(
                        0, 100, Optional.of(TestModels.answerer(TestModels.openAi(model, 5, 1, Clock.systemUTC()))));
    }

    private void restartWith(dev.profilebot.answer.AnswerService answers) {
        bot.close();
        bot = SlackBot.start(settings(Map.of()), answers, "Jonathan Hartley", new SimpleMeterRegistry());
        bot.awaitReady(WAIT);
    }

    @Test
    void should_record_thumbs_on_its_answers_in_the_question_log(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws Exception {
        var settings = new dev.profilebot.config.QuestionLogSettings(true, data, 90, false);
        try (var questionLog = dev.profilebot.questionlog.QuestionLog.open(
                        settings, Clock.systemUTC(), new SimpleMeterRegistry())
                .orElseThrow()) {
            bot.close();
            bot = SlackBot.start(
                    settings(Map.of()),
                    TestApplication.get().newAnswerService(0, 100, Optional.empty(), questionLog),
                    "Jonathan Hartley",
                    new SimpleMeterRegistry(),
                    Optional.of(questionLog));
            bot.awaitReady(WAIT);
            slack.directMessage("U0000ASK", "Where did he go to university?");
            FakeSlack.Call answer = slack.await(c -> c.method().equals("chat.postMessage"), 1, WAIT)
                    .get(0);
            String answerTs = slack.lastTs();

            List<String> envelopes = List.of(
                    slack.reaction("U0000ONE", FakeSlack.DM, answerTs, FakeSlack.BOT_USER, "+1::skin-tone-3", false),
                    slack.reaction("U0000TWO", FakeSlack.DM, answerTs, FakeSlack.BOT_USER, "-1", false),
                    slack.reaction("U0000TRE", FakeSlack.DM, answerTs, FakeSlack.BOT_USER, "thumbsup", false),
                    slack.reaction("U0000TRE", FakeSlack.DM, answerTs, FakeSlack.BOT_USER, "thumbsup", true),
                    slack.reaction("U0000ONE", FakeSlack.DM, answerTs, FakeSlack.BOT_USER, "tada", false),
                    slack.reaction("U0000ONE", FakeSlack.DM, "1.000001", "U0000ASK", "-1", false)); // not its message
            for (String envelope : envelopes) {
                assertThat(slack.awaitAck(envelope, WAIT)).isNotNull();
            }
            questionLog.flush();
            var report = questionLog
                    .reports()
                    .report(java.time.Instant.EPOCH, dev.profilebot.questionlog.QuestionGroups.byWording());

            assertThat(answer.param("channel")).isEqualTo(FakeSlack.DM);
            assertThat(report.byPlatform()).containsEntry("slack", 1L);
            assertThat(report.up()).isEqualTo(1);
            assertThat(report.down()).isEqualTo(1);
        }
    }

    @Test
    void should_reconnect_when_slack_asks_it_to() throws Exception {
        slack.disconnect();
        slack.awaitConnections(2, WAIT);

        assertThat(slack.calls(c -> c.method().equals("apps.connections.open"))).hasSize(2);
        Thread.sleep(500); // the old session's close is checked against the new one
        assertThat(bot.connected()).as("ready on the new connection").isTrue();
        slack.directMessage("U0000ASK", "What is Colorama?");
        assertThat(slack.await(c -> c.method().equals("chat.postMessage"), 1, WAIT))
                .hasSize(1);
    }

    @Test
    void should_stop_with_a_clear_message_when_slack_refuses_a_token() {
        bot.close();
        bot = null;
        slack.refuseBotToken();

        assertThatThrownBy(() -> start(Map.of()))
                .isInstanceOf(SlackUnavailableException.class)
                .hasMessageContaining("Slack refused the bot token")
                .hasMessageContaining("invalid_auth");
    }
}
