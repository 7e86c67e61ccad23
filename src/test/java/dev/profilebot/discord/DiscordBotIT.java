package dev.profilebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.answer.AnswerService;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.config.DiscordSettings;
import dev.profilebot.llm.GatedAnswerModel;
import dev.profilebot.llm.ModelThrottle;
import dev.profilebot.testing.FakeDiscord;
import dev.profilebot.testing.FakeModelServer;
import dev.profilebot.testing.LogCapture;
import dev.profilebot.testing.TestApplication;
import dev.profilebot.testing.TestModels;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real JDA client against a fake Discord on loopback (REST + zlib-stream Gateway). */
class DiscordBotIT {

    private static final String TOKEN = "test.bot.token";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeDiscord discord;
    private DiscordBot bot;
    private LogCapture logs;

    @BeforeEach
    void connect() throws Exception {
        logs = new LogCapture();
        discord = new FakeDiscord(TOKEN);
        bot = DiscordBot.start(
                settings(Map.of()),
                TestApplication.get().newAnswerService(0, 100),
                TestApplication.get().jobFit(),
                "Jonathan Hartley",
                new SimpleMeterRegistry());
        bot.awaitReady(Duration.ofSeconds(20));
    }

    @AfterEach
    void disconnect() {
        bot.stop(Duration.ofSeconds(2), Duration.ofSeconds(2));
        discord.close();
        String logged = logs.text();
        logs.close();
        assertThat(logged).as("the token never reaches a log line").isNotEmpty().doesNotContain(TOKEN);
    }

    @Test
    void should_connect_with_the_intents_it_needs_and_compression_and_register_ask() throws Exception {
        assertThat(bot.connected()).isTrue();
        assertThat(discord.compressed()).isTrue();
        // GUILD_MESSAGES (9), DIRECT_MESSAGES (12), their reactions (10, 13) for feedback, and
        // MESSAGE_CONTENT (15) for replies without a mention; JDA always adds GUILDS (0), which its
        // guild cache needs. Never GUILD_MEMBERS (1) or GUILD_PRESENCES (8).
        assertThat(discord.identifiedIntents()).isEqualTo(1 | (1 << 9) | (1 << 10) | (1 << 12) | (1 << 13) | (1 << 15));
        var registered = discord.await(
                r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 1, Duration.ofSeconds(5));
        assertThat(registered).singleElement().satisfies(r -> {
            assertThat(r.path()).endsWith("/applications/" + FakeDiscord.APP_ID + "/commands");
            assertThat(r.body().findValuesAsText("name"))
                    .contains("ask", "question", "about", "skills", "contact", "help");
        });
    }

    @Test
    void should_reply_to_a_mention_with_a_reference_and_no_mentions_allowed() throws Exception {
        String question = discord.postInChannel("3001", "<@1000> Where did he go to university?", true, null);

        FakeDiscord.Request reply =
                discord.await(FakeDiscord.Request::creates, 1, WAIT).get(0);

        assertThat(reply.path()).endsWith("/channels/" + FakeDiscord.CHANNEL_ID + "/messages");
        assertThat(reply.content()).contains("University of Durham").contains("-# Sources: resume.md › Education");
        assertThat(reply.body().path("message_reference").path("message_id").asText())
                .isEqualTo(question);
        assertThat(reply.mentionsNothing()).as(reply.body().toString()).isTrue();
        assertThat(discord.requests(r -> r.path().endsWith("/typing"))).hasSize(1);
        assertThat(discord.violations()).isEmpty();
    }

    @Test
    void should_stay_silent_for_plain_messages_and_other_bots() throws Exception {
        discord.postInChannel("3001", "Where did he go to university?", false, null);
        discord.postAsBot("<@1000> Where did he go to university?");
        discord.postInChannel("3001", "<@1000> What is Colorama?", true, null); // a marker that the others were seen

        discord.await(FakeDiscord.Request::creates, 1, WAIT);
        Thread.sleep(300);

        assertThat(discord.requests(FakeDiscord.Request::creates))
                .singleElement()
                .satisfies(r -> assertThat(r.content()).contains("Colorama"));
    }

    @Test
    void should_answer_a_direct_message() throws Exception {
        discord.postDirectMessage("3002", "What is Colorama?");

        FakeDiscord.Request reply =
                discord.await(FakeDiscord.Request::creates, 1, WAIT).get(0);

        assertThat(reply.path()).endsWith("/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages");
        assertThat(reply.content()).contains("Colorama");
        assertThat(reply.mentionsNothing()).isTrue();
    }

    @Test
    void should_defer_ask_at_once_then_edit_in_the_answer() throws Exception {
        String interaction = discord.slashCommand("3001", "ask", Map.of("question", "What is Colorama?"));

        List<FakeDiscord.Request> edits =
                discord.await(r -> r.method().equals("PATCH") && r.path().endsWith("@original"), 1, WAIT);

        FakeDiscord.Request callback = discord.requests(r -> r.path().contains("/interactions/" + interaction))
                .get(0);
        assertThat(callback.body().path("type").asInt()).isEqualTo(5); // deferred channel message
        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.content()).contains("Colorama");
            assertThat(edit.mentionsNothing()).as(edit.body().toString()).isTrue();
        });
        assertThat(callback.at()).isBefore(edits.get(0).at());
        assertThat(discord.violations()).isEmpty();
    }

    @Test
    void should_tell_a_person_over_the_rate_to_wait() throws Exception {
        restart(
                settings(Map.of("DISCORD_RATE_LIMIT_PER_MINUTE", "1")),
                TestApplication.get().newAnswerService(0, 100));

        discord.postInChannel("3003", "<@1000> What is Colorama?", true, null);
        discord.postInChannel("3003", "<@1000> Where did he go to university?", true, null);

        List<FakeDiscord.Request> replies = discord.await(FakeDiscord.Request::creates, 2, WAIT);
        assertThat(replies)
                .extracting(FakeDiscord.Request::content)
                .anyMatch(c -> c.startsWith("You're asking faster than I can keep up with."));
    }

    @Test
    void should_answer_a_message_delivered_again_after_a_resume_once() throws Exception {
        discord.postInChannel("3001", "<@1000> What is Colorama?", true, null);
        discord.replayLastDispatch();

        discord.await(FakeDiscord.Request::creates, 2, Duration.ofSeconds(2));

        assertThat(discord.requests(FakeDiscord.Request::creates)).hasSize(1);
    }

    @Test
    void should_split_a_long_model_answer_into_messages_within_the_limit() throws Exception {
        try (FakeModelServer model = new FakeModelServer()) {
            String paragraph = "He worked on distributed systems and on the Snap Store for many years [1]. ".repeat(12);
            model.script(FakeModelServer.openAiStream(
                    paragraph + "\n\n", paragraph + "\n\n", paragraph + "\n\n", paragraph + "\n\n", paragraph));
            restart(settings(Map.of()), withModel(model));

            discord.postInChannel("3001", "<@1000> Tell me everything about his work", true, null);
            List<FakeDiscord.Request> sent = discord.await(FakeDiscord.Request::creates, 3, WAIT);

            assertThat(sent).hasSizeGreaterThanOrEqualTo(3);
            assertThat(sent).allSatisfy(r -> {
                assertThat(r.content().length()).isLessThanOrEqualTo(2000);
                assertThat(r.mentionsNothing()).isTrue();
            });
            assertThat(discord.violations()).isEmpty();
        }
    }

    @Test
    void should_show_typing_at_once_and_answer_from_the_documents_when_the_model_cannot_take_a_question_in_time()
            throws Exception {
        try (FakeModelServer model = new FakeModelServer()) {
            // one model slot, a model that takes 2.5 s, and a question may wait 1 s
            model.script(FakeModelServer.delayed(2_500, FakeModelServer.openAiStream("He studied at Durham [1].")));
            GatedAnswerModel gated = new GatedAnswerModel(
                    TestModels.openAi(model, 5, 1, Clock.systemUTC()),
                    1,
                    Duration.ofSeconds(1),
                    new ModelThrottle(),
                    new SimpleMeterRegistry());
            restart(
                    settings(Map.of()),
                    TestApplication.get().newAnswerService(0, 100, Optional.of(TestModels.answerer(gated))));

            discord.postInChannel("3001", "<@1000> Where did he go to university?", true, null);
            while (model.requests().isEmpty()) {
                Thread.sleep(5);
            }
            Instant asked = Instant.now();
            discord.postDirectMessage("3002", "What is Colorama?");

            FakeDiscord.Request busyReply = discord.await(
                            r -> r.creates() && r.path().contains("/channels/" + FakeDiscord.DM_CHANNEL_ID + "/"),
                            1,
                            WAIT)
                    .get(0);
            FakeDiscord.Request modelReply = discord.await(
                            r -> r.creates() && r.path().contains("/channels/" + FakeDiscord.CHANNEL_ID + "/"), 1, WAIT)
                    .get(0);

            assertThat(busyReply.content())
                    .startsWith("Many people are asking right now, so this answer comes straight from the documents:")
                    .contains("Colorama");
            assertThat(Duration.between(asked, busyReply.at())).isLessThan(Duration.ofMillis(2_000));
            assertThat(modelReply.content()).contains("He studied at Durham");
            assertThat(model.requests()).hasSize(1);
            for (FakeDiscord.Request reply : List.of(busyReply, modelReply)) {
                String channel = reply.path().replaceAll(".*/channels/(\\d+)/.*", "$1");
                assertThat(discord.requests(r -> r.path().endsWith("/channels/" + channel + "/typing")))
                        .as("typing in channel %s before its answer", channel)
                        .isNotEmpty()
                        .allSatisfy(typing -> assertThat(typing.at()).isBeforeOrEqualTo(reply.at()));
            }
        }
    }

    private static final String POSTING = """
            # Backend Engineer at Nimbus Data

            ## About us
            We build analytics tools for 3,000 companies.

            ## Requirements
            - 5+ years of professional software development experience
            - Strong experience with Python and Django
            - Experience with Haskell

            ## Benefits
            - 30 days of holiday
            """;

    @Test
    void should_check_a_pasted_job_description_with_match_requirement_by_requirement() throws Exception {
        discord.slashCommand("3001", "match", Map.of("description", POSTING));

        FakeDiscord.Request report = discord.await(
                        r -> r.edits() && r.content() != null && r.content().contains("meets"), 1, WAIT)
                .get(0);

        assertThat(report.content())
                .contains("Jonathan Hartley meets 2 of 3 requirements")
                .contains("✅ Strong experience with Python and Django: “")
                .contains("❌ Experience with Haskell")
                .doesNotContain("30 days");
        assertThat(report.content().length()).isLessThanOrEqualTo(2000);
        assertThat(report.mentionsNothing()).isTrue();
        assertThat(discord.violations()).isEmpty();
    }

    @Test
    void should_check_an_attached_job_description_and_refuse_a_binary_one() throws Exception {
        discord.slashCommandWithFile("3001", "match", "file", "posting.md", POSTING.getBytes(StandardCharsets.UTF_8));
        FakeDiscord.Request report = discord.await(
                        r -> r.edits() && r.content() != null && r.content().contains("meets"), 1, WAIT)
                .get(0);
        assertThat(report.content()).contains("✅ Strong experience with Python and Django");

        discord.slashCommandWithFile(
                "3002", "match", "file", "posting.txt", new byte[] {(byte) 0xFF, 0, 1, 2, (byte) 0xC3});
        FakeDiscord.Request refused = discord.await(
                        r -> r.edits() && r.content() != null && r.content().contains("not text"), 1, WAIT)
                .get(0);
        assertThat(refused.content()).contains("posting.txt is not text").contains(".txt, .md, .pdf or .docx");
        assertThat(discord.violations()).isEmpty();
    }

    @Test
    void should_check_a_job_description_pasted_into_a_mention_that_asks_about_fit() throws Exception {
        discord.postInChannel("3001", "<@1000> Would he fit this role?\n" + POSTING, true, null);

        FakeDiscord.Request reply =
                discord.await(FakeDiscord.Request::creates, 1, WAIT).get(0);

        assertThat(reply.content()).contains("meets 2 of 3 requirements").contains("❌ Experience with Haskell");
        assertThat(reply.mentionsNothing()).isTrue();
    }

    @Test
    void should_never_ping_everyone_even_when_the_answer_says_it() throws Exception {
        try (FakeModelServer model = new FakeModelServer()) {
            model.script(
                    FakeModelServer.openAiStream("@everyone ", "look: he studied ", "at Durham [1]. ", "@here too."));
            restart(settings(Map.of()), withModel(model));

            discord.postInChannel("3001", "<@1000> @everyone where did he study?", true, null);
            discord.await(r -> r.edits() && r.content().contains("@here too."), 1, WAIT);

            List<FakeDiscord.Request> written = discord.requests(r -> r.creates() || r.edits());
            assertThat(written).isNotEmpty();
            assertThat(written)
                    .allSatisfy(r -> assertThat(r.mentionsNothing())
                            .as(r.body().toString())
                            .isTrue());
        }
    }

    @Test
    void should_continue_the_conversation_when_someone_replies_to_an_answer() throws Exception {
        try (FakeModelServer model = new FakeModelServer()) {
            model.script(
                    FakeModelServer.openAiStream("He worked on the Snap Store [1]."),
                    FakeModelServer.openAiStream("Before that, IBM Cloud [2]."));
            restart(settings(Map.of()), withModel(model));

            discord.postInChannel("3001", "<@1000> What did he do at Canonical?", true, null);
            FakeDiscord.Request answer =
                    discord.await(FakeDiscord.Request::creates, 1, WAIT).get(0);
            String answerId = discord.sentMessageId(answer);
            // the asker replies once the answer is finished: its sources are the last thing written
            discord.await(r -> (r.creates() || r.edits()) && r.content().contains("Sources:"), 1, WAIT);
            discord.postInChannel("3001", "<@1000> and before that?", true, answerId);
            discord.await(FakeDiscord.Request::creates, 2, WAIT);

            assertThat(model.requests()).hasSize(2);
            assertThat(model.requests().get(1).message("user"))
                    .contains("Asker: What did he do at Canonical?\nYou: He worked on the Snap Store [1].");
        }
    }

    @Test
    void should_connect_to_the_configured_gateway_rather_than_the_one_the_api_names() throws Exception {
        bot.stop(Duration.ofSeconds(1), Duration.ofSeconds(1));
        discord.advertiseWrongGateway();
        DiscordSettings settings = settings(Map.of("DISCORD_GATEWAY_URL", discord.gatewayUrl()));

        bot = DiscordBot.start(
                settings,
                TestApplication.get().newAnswerService(0, 100),
                TestApplication.get().jobFit(),
                "Jonathan Hartley",
                new SimpleMeterRegistry());
        bot.awaitReady(Duration.ofSeconds(20));

        assertThat(bot.connected()).isTrue();
    }

    @Test
    void should_stop_within_the_bound() {
        long start = System.nanoTime();
        bot.stop(Duration.ofSeconds(5), Duration.ofMillis(2500));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(8_000);
        assertThat(bot.connected()).isFalse();
    }

    private AnswerService withModel(FakeModelServer model) {
        return TestApplication.get()
                .newAnswerService(
                        0, 100, Optional.of(TestModels.answerer(TestModels.openAi(model, 5, 1, Clock.systemUTC()))));
    }

    private void restart(DiscordSettings settings, AnswerService answers) throws IOException {
        bot.stop(Duration.ofSeconds(2), Duration.ofSeconds(2));
        discord.close();
        discord = new FakeDiscord(TOKEN);
        bot = DiscordBot.start(
                withApi(settings),
                answers,
                TestApplication.get().jobFit(),
                "Jonathan Hartley",
                new SimpleMeterRegistry());
        bot.awaitReady(Duration.ofSeconds(20));
    }

    private DiscordSettings withApi(DiscordSettings settings) {
        return new DiscordSettings(
                settings.token(),
                Optional.of(java.net.URI.create(discord.apiBaseUrl())),
                settings.gatewayUrl(),
                settings.guildId(),
                settings.allowDms(),
                settings.rateLimitPerMinute(),
                settings.maxQuestionChars(),
                settings.allowedGuilds(),
                settings.allowedChannels(),
                settings.allowedRoles(),
                settings.shardsTotal(),
                settings.shardIds(),
                settings.ownerIds(),
                settings.ownerDigestInterval(),
                settings.readReplies());
    }

    private DiscordSettings settings(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.put("DISCORD_TOKEN", TOKEN);
        env.put("DISCORD_API_BASE_URL", discord.apiBaseUrl());
        env.putAll(variables);
        return ConfigLoader.load(env).discord();
    }
}
