package dev.profilebot.testing;

import dev.profilebot.answer.LlmAnswerer;
import dev.profilebot.answer.PromptTemplates;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.config.LlmSettings;
import dev.profilebot.llm.AnswerModel;
import dev.profilebot.llm.AnswerModels;
import dev.profilebot.llm.ModelThrottle;
import dev.profilebot.llm.ResilientAnswerModel;
import dev.profilebot.llm.RetryPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Model answerers for tests: real LangChain4j clients pointed at a {@link FakeModelServer}. */
public final class TestModels {

    private TestModels() {}

    /** Settings read the way the bot reads them, from variables. */
    public static LlmSettings settings(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(TestApplication.environment());
        env.putAll(variables);
        return ConfigLoader.load(env).llm();
    }

    /** An OpenAI-compatible answerer at the fake server, with quick retries and the given clock. */
    public static ResilientAnswerModel openAi(
            FakeModelServer server, int timeoutSeconds, int maxAttempts, Clock clock) {
        LlmSettings settings = settings(Map.of(
                "LLM_PROVIDER", "openai",
                "LLM_BASE_URL", server.baseUrl(),
                "LLM_API_KEY", "test-key",
                "LLM_MODEL", "test-model",
                "LLM_TIMEOUT_SECONDS", String.valueOf(timeoutSeconds)));
        RetryPolicy policy = new RetryPolicy(
                maxAttempts,
                Duration.ofMillis(5),
                settings.breakerFailures(),
                settings.breakerOpen(),
                clock,
                settings.maxWait());
        ModelThrottle throttle = new ModelThrottle();
        return new ResilientAnswerModel(AnswerModels.create(settings, throttle).orElseThrow(), policy, throttle);
    }

    public static LlmAnswerer answerer(AnswerModel model) {
        return new LlmAnswerer(model, PromptTemplates.load(Path.of("prompts")), "Jonathan Hartley");
    }
}
