package dev.profilebot.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which model answers: none (the offline answerer) or a provider LangChain4j speaks to. */
public enum LlmProvider {
    NONE("", false, 1),
    /** OpenAI, and any OpenAI-compatible server through LLM_BASE_URL. */
    OPENAI("gpt-4o-mini", true, Defaults.HOSTED_CONCURRENCY),
    /** Ollama's OpenAI-compatible endpoint: one machine, which serves a request or two at a time. */
    OLLAMA("llama3.2", false, 2),
    ANTHROPIC("claude-3-5-haiku-latest", true, Defaults.HOSTED_CONCURRENCY),
    GEMINI("gemini-2.0-flash", true, Defaults.HOSTED_CONCURRENCY);

    private final String defaultModel;
    private final boolean needsKey;
    private final int defaultConcurrency;

    LlmProvider(String defaultModel, boolean needsKey, int defaultConcurrency) {
        this.defaultModel = defaultModel;
        this.needsKey = needsKey;
        this.defaultConcurrency = defaultConcurrency;
    }

    /** Model calls in flight at once when LLM_MAX_CONCURRENCY is not set. */
    public int defaultConcurrency() {
        return defaultConcurrency;
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultModel() {
        return defaultModel;
    }

    /** Whether calls need an API key; a self-hosted OpenAI-compatible server (a base URL given) does not. */
    public boolean needsKey(boolean baseUrlGiven) {
        return needsKey && !(this == OPENAI && baseUrlGiven);
    }

    static Optional<LlmProvider> fromConfigName(String name) {
        return Arrays.stream(values())
                .filter(p -> p.configName().equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static String accepted() {
        return Arrays.stream(values()).map(LlmProvider::configName).collect(Collectors.joining(", "));
    }

    private static final class Defaults {
        /** A hosted API serves many calls at once; its rate limits answer with 429 and Retry-After. */
        static final int HOSTED_CONCURRENCY = 32;
    }
}
