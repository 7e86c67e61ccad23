package dev.profilebot.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which model answers: none (the offline answerer) or a provider LangChain4j speaks to. */
public enum LlmProvider {
    NONE("", false),
    /** OpenAI, and any OpenAI-compatible server through LLM_BASE_URL. */
    OPENAI("gpt-4o-mini", true),
    /** Ollama's OpenAI-compatible endpoint. */
    OLLAMA("llama3.2", false),
    ANTHROPIC("claude-3-5-haiku-latest", true),
    GEMINI("gemini-2.0-flash", true);

    private final String defaultModel;
    private final boolean needsKey;

    LlmProvider(String defaultModel, boolean needsKey) {
        this.defaultModel = defaultModel;
        this.needsKey = needsKey;
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
}
