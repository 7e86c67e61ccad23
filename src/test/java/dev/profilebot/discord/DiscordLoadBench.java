package dev.profilebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.answer.AnswerService;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.config.DiscordSettings;
import dev.profilebot.config.LlmSettings;
import dev.profilebot.eval.Percentiles;
import dev.profilebot.llm.AnswerModels;
import dev.profilebot.llm.GatedAnswerModel;
import dev.profilebot.testing.FakeDiscord;
import dev.profilebot.testing.FakeModelServer;
import dev.profilebot.testing.TestApplication;
import dev.profilebot.testing.TestModels;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark: N people send the bot a direct message at the same moment, through the real
 * JDA client against {@link FakeDiscord}, with an OpenAI-compatible {@link FakeModelServer} that
 * takes a set time per answer. Prints how many were answered (by the model, or offline because it
 * was busy), the first visible reply's p50/p95/max (the first message in the asker's channel) and
 * the whole answer's (the message that carries its sources). Not part of {@code mvn verify}; run it
 * with {@code mvn -B -Pload test}, and {@code -Dload.askers=100 -Dload.modelMillis=2000
 * -Dload.provider=openai} (or {@code ollama}, for that provider's defaults) and any
 * {@code -Dload.LLM_MAX_CONCURRENCY=…}/{@code -Dload.LLM_MAX_WAIT_SECONDS=…}.
 */
class DiscordLoadBench {

    private static final String TOKEN = "load.bench.token";
    private static final List<String> QUESTIONS = List.of(
            "Where did he go to university?",
            "What is Colorama?",
            "Where does he work now?",
            "What did he do at Canonical?",
            "Has he used Kubernetes?",
            "What did he build at IBM Cloud?",
            "What languages does he know?",
            "Tell me about his work at Lambda");
    private static final String BUSY_PREFIX = "Many people are asking right now";

    @Test
    void crowd_of_direct_messages() throws Exception {
        int askers = Integer.getInteger("load.askers", 100);
        int modelMillis = Integer.getInteger("load.modelMillis", 2000);
        String provider = System.getProperty("load.provider", "openai");
        Duration patience = Duration.ofSeconds(120);

        try (FakeDiscord discord = new FakeDiscord(TOKEN);
                FakeModelServer model = new FakeModelServer()) {
            model.script(FakeModelServer.delayed(
                    modelMillis,
                    FakeModelServer.openAiStream("He studied ", "and worked ", "where the documents say [1].")));
            Map<String, String> env = new HashMap<>(TestApplication.environment());
            env.put("LLM_PROVIDER", provider);
            env.put("LLM_BASE_URL", model.baseUrl());
            env.put("LLM_API_KEY", "load-key");
            env.put("LLM_MODEL", "load-model");
            for (String setting : List.of("LLM_MAX_CONCURRENCY", "LLM_MAX_WAIT_SECONDS")) {
                Optional.ofNullable(System.getProperty("load." + setting)).ifPresent(v -> env.put(setting, v));
            }
            LlmSettings llm = TestModels.settings(env);
            MeterRegistry metrics = new SimpleMeterRegistry();
            GatedAnswerModel gated = AnswerModels.forAnswers(llm, metrics).orElseThrow();
            AnswerService answers =
                    TestApplication.get().newAnswerService(0, 1000, Optional.of(TestModels.answerer(gated)));
            env.put("DISCORD_TOKEN", TOKEN);
            env.put("DISCORD_API_BASE_URL", discord.apiBaseUrl());
            DiscordSettings settings = ConfigLoader.load(env).discord();
            DiscordBot bot =
                    DiscordBot.start(settings, answers, TestApplication.get().jobFit(), "Jonathan Hartley", metrics);
            try {
                bot.awaitReady(Duration.ofSeconds(30));
                discord.awaitReady(Duration.ofSeconds(30));

                // a bot that has answered a few questions since it started, as a running one has
                int warmup = Integer.getInteger("load.warmup", 10);
                List<String> warm = new ArrayList<>();
                for (int i = 0; i < warmup; i++) {
                    String channel = String.valueOf(40_000 + i);
                    warm.add(channel);
                    discord.postDirectMessage(String.valueOf(80_000 + i), channel, QUESTIONS.get(i % QUESTIONS.size()));
                    while (finished(discord, List.of(channel)) < 1) {
                        Thread.sleep(10);
                    }
                }

                List<String> channels = new ArrayList<>();
                List<Instant> asked = new ArrayList<>();
                for (int i = 0; i < askers; i++) {
                    String channel = String.valueOf(50_000 + i);
                    channels.add(channel);
                    asked.add(Instant.now());
                    discord.postDirectMessage(String.valueOf(90_000 + i), channel, QUESTIONS.get(i % QUESTIONS.size()));
                }
                long deadline = System.nanoTime() + patience.toNanos();
                while (finished(discord, channels) < askers && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }

                List<Long> firstReply = new ArrayList<>();
                List<Long> complete = new ArrayList<>();
                int answered = 0;
                int offline = 0;
                for (int i = 0; i < askers; i++) {
                    List<FakeDiscord.Request> written = written(discord, channels.get(i));
                    if (written.isEmpty()) {
                        continue;
                    }
                    firstReply.add(
                            Duration.between(asked.get(i), written.get(0).at()).toMillis());
                    Optional<FakeDiscord.Request> last = written.stream()
                            .filter(r -> r.content() != null && r.content().contains("Sources:"))
                            .findFirst();
                    if (last.isPresent()) {
                        answered++;
                        complete.add(
                                Duration.between(asked.get(i), last.get().at()).toMillis());
                        if (last.get().content().startsWith(BUSY_PREFIX)) {
                            offline++;
                        }
                    }
                }
                if (Boolean.getBoolean("load.histogram")) {
                    Map<Long, Integer> buckets = new java.util.TreeMap<>();
                    firstReply.forEach(ms -> buckets.merge(ms / 250 * 250, 1, Integer::sum));
                    System.out.println("first replies by quarter second: " + buckets);
                    Map<Long, Integer> typing = new java.util.TreeMap<>();
                    for (int i = 0; i < askers; i++) {
                        String channel = channels.get(i);
                        Instant at = asked.get(i);
                        discord.requests(r -> r.path().endsWith("/channels/" + channel + "/typing")).stream()
                                .findFirst()
                                .ifPresent(r -> typing.merge(
                                        Duration.between(at, r.at()).toMillis() / 250 * 250, 1, Integer::sum));
                    }
                    System.out.println("typing by quarter second: " + typing);
                }
                firstReply.sort(null);
                complete.sort(null);
                System.out.printf(
                        Locale.ROOT,
                        "load: %d askers sending a DM at once; model %s, %d ms an answer; LLM_MAX_CONCURRENCY=%d,"
                                + " LLM_MAX_WAIT_SECONDS=%d%n",
                        askers,
                        provider,
                        modelMillis,
                        llm.maxConcurrency(),
                        llm.maxWait().toSeconds());
                System.out.printf(
                        Locale.ROOT,
                        "answered: %d/%d (by the model %d, offline because it was busy %d); model calls most at"
                                + " once: %d%n",
                        answered,
                        askers,
                        answered - offline,
                        offline,
                        model.mostAtOnce());
                System.out.printf(Locale.ROOT, "first visible reply: %s%n", summary(firstReply));
                System.out.printf(Locale.ROOT, "whole answer:        %s%n", summary(complete));
                System.out.printf(
                        Locale.ROOT,
                        "Discord requests: %d typing, %d messages, %d edits; violations: %d%n",
                        discord.requests(r -> r.path().endsWith("/typing")).size(),
                        discord.requests(FakeDiscord.Request::creates).size(),
                        discord.requests(FakeDiscord.Request::edits).size(),
                        discord.violations().size());
                assertThat(answered).as("every asker answered").isEqualTo(askers);
                assertThat(discord.violations()).isEmpty();
            } finally {
                bot.stop(Duration.ofSeconds(5), Duration.ofSeconds(5));
            }
        }
    }

    private static int finished(FakeDiscord discord, List<String> channels) {
        int finished = 0;
        for (String channel : channels) {
            if (written(discord, channel).stream()
                    .anyMatch(r -> r.content() != null && r.content().contains("Sources:"))) {
                finished++;
            }
        }
        return finished;
    }

    /** The bot's messages and edits in a channel, in the order they came. */
    private static List<FakeDiscord.Request> written(FakeDiscord discord, String channel) {
        return discord.requests(
                r -> (r.creates() || r.edits()) && r.path().contains("/channels/" + channel + "/messages"));
    }

    private static String summary(List<Long> sortedMillis) {
        if (sortedMillis.isEmpty()) {
            return "none";
        }
        return String.format(
                Locale.ROOT,
                "p50 %d ms, p95 %d ms, max %d ms",
                Percentiles.of(sortedMillis, 50),
                Percentiles.of(sortedMillis, 95),
                sortedMillis.get(sortedMillis.size() - 1));
    }
}
