package dev.profilebot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.config.LlmSettings;
import dev.profilebot.testing.FakeModelServer;
import dev.profilebot.testing.TestModels;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Anthropic and Gemini clients, built from settings, against fakes of their HTTP APIs. */
class OtherProvidersIT {

    private static final ModelPrompt PROMPT = new ModelPrompt("You answer about Ada.", "Where did she study? [1] ...");

    private FakeModelServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeModelServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void should_call_anthropic_messages_with_the_model_key_and_limits() {
        server.script(FakeModelServer.anthropic("She studied at Durham [1]."));
        AnswerModel model = model("anthropic", "claude-test");

        String answer = model.complete(PROMPT);

        assertThat(answer).isEqualTo("She studied at Durham [1].");
        assertThat(model.describe()).isEqualTo("anthropic claude-test");
        FakeModelServer.Request request = server.requests().get(0);
        assertThat(request.path()).endsWith("/messages");
        assertThat(request.header("x-api-key")).isEqualTo("provider-key");
        assertThat(request.json().path("model").asText()).isEqualTo("claude-test");
        assertThat(request.json().path("max_tokens").asInt()).isEqualTo(300);
        assertThat(request.json().path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(request.json().path("system").toString()).contains("You answer about Ada.");
        assertThat(request.body()).contains("Where did she study?");
    }

    @Test
    void should_call_gemini_generate_content_with_the_model_key_and_limits() {
        server.script(FakeModelServer.gemini("She studied at Durham [1]."));
        AnswerModel model = model("gemini", "gemini-test");

        String answer = model.complete(PROMPT);

        assertThat(answer).isEqualTo("She studied at Durham [1].");
        FakeModelServer.Request request = server.requests().get(0);
        assertThat(request.path()).contains("/models/gemini-test:generateContent");
        assertThat(request.header("x-goog-api-key")).isEqualTo("provider-key");
        assertThat(request.json()
                        .path("generationConfig")
                        .path("maxOutputTokens")
                        .asInt())
                .isEqualTo(300);
        assertThat(request.json().path("generationConfig").path("temperature").asDouble())
                .isEqualTo(0.2);
        assertThat(request.body()).contains("You answer about Ada.").contains("Where did she study?");
    }

    @Test
    void should_build_no_model_for_the_offline_default() {
        assertThat(AnswerModels.create(TestModels.settings(Map.of()), new ModelThrottle()))
                .isEmpty();
    }

    @Test
    void should_point_ollama_at_its_local_openai_compatible_endpoint_by_default() {
        LlmSettings settings = TestModels.settings(Map.of("LLM_PROVIDER", "ollama"));

        assertThat(settings.model()).isEqualTo("llama3.2");
        assertThat(settings.apiKey()).isEmpty();
        assertThat(AnswerModels.create(settings, new ModelThrottle())).isPresent();
        assertThat(AnswerModels.OLLAMA_URL).isEqualTo("http://localhost:11434/v1");
    }

    private AnswerModel model(String provider, String name) {
        LlmSettings settings = TestModels.settings(Map.of(
                "LLM_PROVIDER",
                provider,
                "LLM_MODEL",
                name,
                "LLM_BASE_URL",
                server.baseUrl(),
                "LLM_API_KEY",
                "provider-key",
                "LLM_MAX_OUTPUT_TOKENS",
                "300",
                "LLM_TIMEOUT_SECONDS",
                "5"));
        return AnswerModels.create(settings, new ModelThrottle()).orElseThrow();
    }
}
