package dev.profilebot.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the answering model, and how patiently: provider, model, address, key, limits,
 * retries, the circuit breaker, and how many calls may be in flight and waited for.
 */
public record LlmSettings(
        LlmProvider provider,
        String model,
        Optional<URI> baseUrl,
        Optional<Secret> apiKey,
        Duration timeout,
        int maxOutputTokens,
        double temperature,
        int maxAttempts,
        int breakerFailures,
        Duration breakerOpen,
        int maxConcurrency,
        Duration maxWait) {

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Setting.LLM_TIMEOUT_SECONDS.requireInRange(timeout.toSeconds());
        Setting.LLM_MAX_OUTPUT_TOKENS.requireInRange(maxOutputTokens);
        Setting.LLM_TEMPERATURE.requireInRange(temperature);
        Setting.LLM_MAX_ATTEMPTS.requireInRange(maxAttempts);
        Setting.LLM_BREAKER_FAILURES.requireInRange(breakerFailures);
        Setting.LLM_BREAKER_OPEN_SECONDS.requireInRange(breakerOpen.toSeconds());
        Setting.LLM_MAX_CONCURRENCY.requireInRange(maxConcurrency);
        Setting.LLM_MAX_WAIT_SECONDS.requireInRange(maxWait.toSeconds());
        if (provider.needsKey(baseUrl.isPresent()) && apiKey.isEmpty()) {
            throw new ConfigException(
                    "LLM_PROVIDER=" + provider.configName() + " needs an API key: set LLM_API_KEY or LLM_API_KEY_FILE");
        }
    }

    public boolean enabled() {
        return provider != LlmProvider.NONE;
    }

    /** "openai gpt-4o-mini", for logs and cache keys. */
    public String describe() {
        return enabled() ? provider.configName() + " " + model : "none";
    }
}
