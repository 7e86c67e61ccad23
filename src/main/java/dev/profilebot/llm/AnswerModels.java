package dev.profilebot.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.profilebot.config.LlmProvider;
import dev.profilebot.config.LlmSettings;
import dev.profilebot.config.Secret;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The one place a provider becomes a model: LangChain4j's chat and streaming clients for OpenAI
 * (and OpenAI-compatible servers), Ollama's OpenAI-compatible endpoint, Anthropic or Gemini, with
 * explicit connect and read timeouts and LangChain4j's own retries off — retrying is
 * {@link ResilientAnswerModel}'s job alone, and bounding the calls in flight {@link GatedAnswerModel}'s.
 */
public final class AnswerModels {

    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String OLLAMA_URL = "http://localhost:11434/v1";
    /** Connecting takes seconds at most; longer means the server is not there. */
    static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Sent to keyless OpenAI-compatible servers, which ignore it; the client requires one. */
    private static final String NO_KEY = "not-needed";

    private AnswerModels() {}

    /**
     * The model as questions use it, empty when the provider is none: the provider's client, its
     * retries and circuit breaker, and the gate bounding the calls in flight and the wait for one,
     * all sharing one {@link ModelThrottle}. Its gauges and counters go to {@code metrics}.
     */
    public static Optional<GatedAnswerModel> forAnswers(LlmSettings settings, MeterRegistry metrics) {
        ModelThrottle throttle = new ModelThrottle();
        return create(settings, throttle).map(client -> {
            ResilientAnswerModel resilient = new ResilientAnswerModel(client, RetryPolicy.of(settings), throttle);
            Gauge.builder(
                            "profilebot.model.breaker.state",
                            resilient,
                            r -> r.breakerState().getOrder())
                    .description("The model's circuit breaker: 0 closed, 1 open, 2 half open (Resilience4j's order)")
                    .register(metrics);
            return new GatedAnswerModel(resilient, settings.maxConcurrency(), settings.maxWait(), throttle, metrics);
        });
    }

    /**
     * The provider's client the settings describe, empty when the provider is none; a
     * {@code Retry-After} in its responses goes to {@code throttle}.
     */
    public static Optional<AnswerModel> create(LlmSettings settings, ModelThrottle throttle) {
        String key = settings.apiKey().map(Secret::reveal).orElse(NO_KEY);
        Duration timeout = settings.timeout();
        String description = settings.describe();
        // what every provider is asked for, chat and streaming alike
        ChatRequestParameters parameters = ChatRequestParameters.builder()
                .modelName(settings.model())
                .temperature(settings.temperature())
                .maxOutputTokens(settings.maxOutputTokens())
                .build();
        return switch (settings.provider()) {
            case NONE -> Optional.empty();
            case OPENAI, OLLAMA -> {
                String url = settings.baseUrl()
                        .map(URI::toString)
                        .orElse(settings.provider() == LlmProvider.OLLAMA ? OLLAMA_URL : OPENAI_URL);
                yield Optional.of(new LangChain4jAnswerModel(
                        OpenAiChatModel.builder()
                                .httpClientBuilder(http(timeout, throttle))
                                .baseUrl(url)
                                .apiKey(key)
                                .defaultRequestParameters(parameters)
                                .timeout(timeout)
                                .maxRetries(0)
                                .build(),
                        OpenAiStreamingChatModel.builder()
                                .httpClientBuilder(http(timeout, throttle))
                                .baseUrl(url)
                                .apiKey(key)
                                .defaultRequestParameters(parameters)
                                .timeout(timeout)
                                .build(),
                        timeout,
                        description));
            }
            case ANTHROPIC -> {
                AnthropicChatModel.AnthropicChatModelBuilder chat = AnthropicChatModel.builder()
                        .httpClientBuilder(http(timeout, throttle))
                        .apiKey(key)
                        .defaultRequestParameters(parameters)
                        .timeout(timeout)
                        .maxRetries(0);
                AnthropicStreamingChatModel.AnthropicStreamingChatModelBuilder streaming =
                        AnthropicStreamingChatModel.builder()
                                .httpClientBuilder(http(timeout, throttle))
                                .apiKey(key)
                                .defaultRequestParameters(parameters)
                                .timeout(timeout);
                settings.baseUrl().map(URI::toString).ifPresent(url -> {
                    chat.baseUrl(url);
                    streaming.baseUrl(url);
                });
                yield Optional.of(new LangChain4jAnswerModel(chat.build(), streaming.build(), timeout, description));
            }
            case GEMINI -> {
                GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder chat = GoogleAiGeminiChatModel.builder()
                        .httpClientBuilder(http(timeout, throttle))
                        .apiKey(key)
                        .defaultRequestParameters(parameters)
                        .timeout(timeout)
                        .maxRetries(0);
                GoogleAiGeminiStreamingChatModel.GoogleAiGeminiStreamingChatModelBuilder streaming =
                        GoogleAiGeminiStreamingChatModel.builder()
                                .httpClientBuilder(http(timeout, throttle))
                                .apiKey(key)
                                .defaultRequestParameters(parameters)
                                .timeout(timeout);
                settings.baseUrl().map(URI::toString).ifPresent(url -> {
                    chat.baseUrl(url);
                    streaming.baseUrl(url);
                });
                yield Optional.of(new LangChain4jAnswerModel(chat.build(), streaming.build(), timeout, description));
            }
        };
    }

    private static JdkHttpClientBuilder http(Duration timeout, ModelThrottle throttle) {
        Duration connect = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
        return new JdkHttpClientBuilder()
                .httpClientBuilder(RetryAfterHttpClient.builder(throttle))
                .connectTimeout(connect)
                .readTimeout(timeout);
    }
}
