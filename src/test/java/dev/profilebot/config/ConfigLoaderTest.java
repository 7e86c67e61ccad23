package dev.profilebot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilebot.privacy.PrivateDetail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void should_use_documented_defaults_when_nothing_is_set() {
        // when
        BotConfig config = ConfigLoader.load(Map.of());

        // then
        assertThat(config.profileDataDir()).isEqualTo(Path.of("profile-data"));
        assertThat(config.promptsDir()).isEqualTo(Path.of("prompts"));
        assertThat(config.retrievalTopK()).isEqualTo(5);
        assertThat(config.answerMaxChars()).isEqualTo(600);
        assertThat(config.answerCacheTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(config.indexCacheDir()).isEmpty();
        assertThat(config.disclosedPrivateDetails()).isEmpty();
        assertThat(config.profileName()).isEmpty();
        assertThat(config.embeddingModel()).isEqualTo(EmbeddingChoice.BGE_SMALL_EN_V15_Q);
        assertThat(config.minRelevance()).isEqualTo(0.36);
        assertThat(config.confidentRelevance()).isEqualTo(0.44);
    }

    @Test
    void should_take_the_relevance_thresholds_of_the_embedding_model_unless_set() {
        BotConfig minilm = ConfigLoader.load(Map.of("EMBEDDING_MODEL", "all-minilm-l6-v2-q"));
        BotConfig set =
                ConfigLoader.load(Map.of("EMBEDDING_MODEL", "all-minilm-l6-v2-q", "RETRIEVAL_MIN_RELEVANCE", "0.2"));

        assertThat(minilm.minRelevance()).isEqualTo(0.16);
        assertThat(minilm.confidentRelevance()).isEqualTo(0.23);
        assertThat(set.minRelevance()).isEqualTo(0.2);
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("EMBEDDING_MODEL", "word2vec")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("EMBEDDING_MODEL must be one of bge-small-en-v15-q, all-minilm-l6-v2-q, got 'word2vec'");
    }

    @Test
    void should_read_every_setting_from_the_environment() {
        // given
        Map<String, String> env = Map.ofEntries(
                Map.entry("PROFILE_DATA_DIR", "/data/me"),
                Map.entry("PROMPTS_DIR", "/prompts"),
                Map.entry("RETRIEVAL_TOP_K", "8"),
                Map.entry("RETRIEVAL_MIN_RELEVANCE", "0.4"),
                Map.entry("RETRIEVAL_CONFIDENT_RELEVANCE", "0.5"),
                Map.entry("ANSWER_MAX_CHARS", "400"),
                Map.entry("ANSWER_CACHE_SIZE", "10"),
                Map.entry("ANSWER_CACHE_TTL_SECONDS", "60"),
                Map.entry("EMBEDDING_CACHE_SIZE", "20"),
                Map.entry("INDEX_CACHE_DIR", "/var/cache/bot"),
                Map.entry("PRIVACY_DISCLOSE", "phone, address"),
                Map.entry("PROFILE_NAME", "Ada Lovelace"));

        // when
        BotConfig config = ConfigLoader.load(env);

        // then
        assertThat(config.profileDataDir()).isEqualTo(Path.of("/data/me"));
        assertThat(config.promptsDir()).isEqualTo(Path.of("/prompts"));
        assertThat(config.retrievalTopK()).isEqualTo(8);
        assertThat(config.minRelevance()).isEqualTo(0.4);
        assertThat(config.confidentRelevance()).isEqualTo(0.5);
        assertThat(config.answerMaxChars()).isEqualTo(400);
        assertThat(config.answerCacheSize()).isEqualTo(10);
        assertThat(config.answerCacheTtl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.embeddingCacheSize()).isEqualTo(20);
        assertThat(config.indexCacheDir()).contains(Path.of("/var/cache/bot"));
        assertThat(config.disclosedPrivateDetails()).isEqualTo(Set.of(PrivateDetail.PHONE, PrivateDetail.ADDRESS));
        assertThat(config.profileName()).contains("Ada Lovelace");
    }

    @Test
    void should_name_the_variable_and_the_accepted_values_when_a_number_is_malformed() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("RETRIEVAL_TOP_K", "five")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("RETRIEVAL_TOP_K")
                .hasMessageContaining("five")
                .hasMessageContaining("1 to 50");
    }

    @Test
    void should_refuse_a_number_out_of_range() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("RETRIEVAL_MIN_RELEVANCE", "1.5")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("RETRIEVAL_MIN_RELEVANCE")
                .hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("ANSWER_MAX_CHARS", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ANSWER_MAX_CHARS");
    }

    @Test
    void should_refuse_a_confident_relevance_under_the_minimum() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        Map.of("RETRIEVAL_MIN_RELEVANCE", "0.4", "RETRIEVAL_CONFIDENT_RELEVANCE", "0.3")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("RETRIEVAL_CONFIDENT_RELEVANCE")
                .hasMessageContaining("RETRIEVAL_MIN_RELEVANCE");
    }

    @Test
    void should_list_the_accepted_values_when_a_private_detail_is_unknown() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PRIVACY_DISCLOSE", "phone,ssn")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("PRIVACY_DISCLOSE")
                .hasMessageContaining("ssn")
                .hasMessageContaining("none, phone, address");
    }

    @Test
    void should_treat_none_and_blank_as_disclosing_nothing() {
        assertThat(ConfigLoader.load(Map.of("PRIVACY_DISCLOSE", "none")).disclosedPrivateDetails())
                .isEmpty();
        assertThat(ConfigLoader.load(Map.of("PRIVACY_DISCLOSE", " ")).disclosedPrivateDetails())
                .isEmpty();
    }

    @Test
    void should_read_a_properties_file_and_let_the_environment_win() throws IOException {
        // given
        Path file = tmp.resolve("bot.properties");
        Files.writeString(file, "RETRIEVAL_TOP_K=7\nANSWER_MAX_CHARS=300\n");

        // when
        BotConfig config = ConfigLoader.load(Map.of("PROFILE_BOT_CONFIG", file.toString(), "ANSWER_MAX_CHARS", "500"));

        // then
        assertThat(config.retrievalTopK()).isEqualTo(7);
        assertThat(config.answerMaxChars()).isEqualTo(500);
    }

    @Test
    void should_refuse_an_unknown_key_in_the_properties_file() throws IOException {
        // given
        Path file = tmp.resolve("bot.properties");
        Files.writeString(file, "RETRIEVAL_TOPK=7\n");

        // then
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PROFILE_BOT_CONFIG", file.toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("RETRIEVAL_TOPK")
                .hasMessageContaining(file.toString());
    }

    @Test
    void should_name_the_variable_when_the_properties_file_is_missing() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PROFILE_BOT_CONFIG", "/no/such/file.properties")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("PROFILE_BOT_CONFIG")
                .hasMessageContaining("/no/such/file.properties");
    }

    @Test
    void should_answer_offline_unless_a_provider_is_configured() {
        LlmSettings llm = ConfigLoader.load(Map.of()).llm();

        assertThat(llm.enabled()).isFalse();
        assertThat(llm.describe()).isEqualTo("none");
        assertThat(llm.timeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void should_read_the_model_settings() {
        LlmSettings llm = ConfigLoader.load(Map.of(
                        "LLM_PROVIDER", "OpenAI",
                        "LLM_MODEL", "gpt-test",
                        "LLM_BASE_URL", "http://localhost:8000/v1",
                        "LLM_TIMEOUT_SECONDS", "7",
                        "LLM_MAX_OUTPUT_TOKENS", "300",
                        "LLM_TEMPERATURE", "0.5"))
                .llm();

        assertThat(llm.provider()).isEqualTo(LlmProvider.OPENAI);
        assertThat(llm.model()).isEqualTo("gpt-test");
        assertThat(llm.baseUrl()).contains(java.net.URI.create("http://localhost:8000/v1"));
        assertThat(llm.apiKey()).isEmpty(); // a self-hosted OpenAI-compatible server needs none
        assertThat(llm.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(llm.maxOutputTokens()).isEqualTo(300);
        assertThat(llm.temperature()).isEqualTo(0.5);
    }

    @Test
    void should_bound_model_calls_per_provider_unless_set() {
        assertThat(ConfigLoader.load(Map.of("LLM_PROVIDER", "ollama")).llm().maxConcurrency())
                .isEqualTo(2);
        assertThat(ConfigLoader.load(Map.of("LLM_PROVIDER", "anthropic", "LLM_API_KEY", "k"))
                        .llm()
                        .maxConcurrency())
                .isEqualTo(32);
        LlmSettings set = ConfigLoader.load(
                        Map.of("LLM_PROVIDER", "ollama", "LLM_MAX_CONCURRENCY", "4", "LLM_MAX_WAIT_SECONDS", "12"))
                .llm();
        assertThat(set.maxConcurrency()).isEqualTo(4);
        assertThat(set.maxWait()).isEqualTo(Duration.ofSeconds(12));
        assertThat(ConfigLoader.load(Map.of()).llm().maxWait()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("LLM_PROVIDER", "ollama", "LLM_MAX_CONCURRENCY", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("LLM_MAX_CONCURRENCY must be from 1 to 1000, got 0");
    }

    @Test
    void should_name_the_variable_for_an_unknown_provider_a_missing_key_or_a_bad_url() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("LLM_PROVIDER", "skynet")))
                .hasMessage("LLM_PROVIDER accepts none, openai, ollama, anthropic, gemini, got 'skynet'");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("LLM_PROVIDER", "anthropic")))
                .hasMessageContaining("LLM_PROVIDER=anthropic needs an API key")
                .hasMessageContaining("LLM_API_KEY_FILE");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("LLM_PROVIDER", "openai")))
                .hasMessageContaining("needs an API key");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("LLM_PROVIDER", "ollama", "LLM_BASE_URL", "localhost:11434")))
                .hasMessageContaining("LLM_BASE_URL must be an absolute http or https URL");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("LLM_TEMPERATURE", "hot")))
                .hasMessageContaining("LLM_TEMPERATURE must be a number from 0 to 2");
    }

    @Test
    void should_read_the_key_from_a_file_and_never_show_it() throws IOException {
        Path keyFile = tmp.resolve("key");
        Files.writeString(keyFile, "sk-from-file\n");

        BotConfig config = ConfigLoader.load(Map.of("LLM_PROVIDER", "gemini", "LLM_API_KEY_FILE", keyFile.toString()));

        assertThat(config.llm().apiKey()).map(Secret::reveal).contains("sk-from-file");
        assertThat(config.toString()).doesNotContain("sk-from-file").contains("****");
    }

    @Test
    void should_refuse_two_keys_an_unreadable_key_file_and_an_empty_one() throws IOException {
        Path empty = tmp.resolve("empty");
        Files.writeString(empty, "  \n");

        assertThatThrownBy(() -> ConfigLoader.load(Map.of("LLM_API_KEY", "a", "LLM_API_KEY_FILE", "/x")))
                .hasMessage("Set only one of LLM_API_KEY and LLM_API_KEY_FILE");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("LLM_API_KEY_FILE", "/no/such/key")))
                .hasMessageContaining("LLM_API_KEY_FILE names /no/such/key, which cannot be read");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("LLM_API_KEY_FILE", empty.toString())))
                .hasMessageContaining("which is empty");
    }

    @Test
    void should_read_the_discord_settings() {
        DiscordSettings discord = ConfigLoader.load(Map.of(
                        "DISCORD_TOKEN", "token",
                        "DISCORD_API_BASE_URL", "http://proxy:8080/api/v10",
                        "DISCORD_GATEWAY_URL", "wss://gateway.example",
                        "DISCORD_GUILD_ID", "123456789012345678",
                        "DISCORD_ALLOW_DMS", "no",
                        "DISCORD_ALLOWED_CHANNELS", "1, 2",
                        "DISCORD_SHARDS_TOTAL", "4",
                        "DISCORD_SHARD_IDS", "0-1,3"))
                .discord();

        assertThat(discord.enabled()).isTrue();
        assertThat(discord.token()).map(Secret::reveal).contains("token");
        assertThat(discord.guildId()).contains(123456789012345678L);
        assertThat(discord.allowDms()).isFalse();
        assertThat(discord.allowedChannels()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(discord.shardIds()).containsExactly(0, 1, 3);
        assertThat(discord.rateLimitPerMinute()).isEqualTo(5);
        assertThat(discord.maxQuestionChars()).isEqualTo(1000);
        assertThat(ConfigLoader.load(Map.of()).discord().enabled()).isFalse();
    }

    @Test
    void should_name_the_variable_of_a_bad_discord_setting() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("DISCORD_ALLOW_DMS", "maybe")))
                .hasMessage("DISCORD_ALLOW_DMS must be true or false, got 'maybe'");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("DISCORD_GUILD_ID", "my-server")))
                .hasMessageContaining("DISCORD_GUILD_ID must hold Discord ids");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("DISCORD_GATEWAY_URL", "http://x")))
                .hasMessageContaining("DISCORD_GATEWAY_URL must be an absolute ws or wss URL");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("DISCORD_SHARDS_TOTAL", "2", "DISCORD_SHARD_IDS", "0-2")))
                .hasMessageContaining("DISCORD_SHARD_IDS holds shard 2, outside 0 to 1");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("DISCORD_TOKEN", "a", "DISCORD_TOKEN_FILE", "/b")))
                .hasMessage("Set only one of DISCORD_TOKEN and DISCORD_TOKEN_FILE");
    }

    @Test
    void should_read_slacks_tokens_from_files_and_the_owner_and_log_settings() throws IOException {
        Path bot = Files.writeString(tmp.resolve("bot"), "xoxb-from-a-file\n");
        Path app = Files.writeString(tmp.resolve("app"), "xapp-from-a-file");

        BotConfig config = ConfigLoader.load(Map.of(
                "SLACK_BOT_TOKEN_FILE", bot.toString(),
                "SLACK_APP_TOKEN_FILE", app.toString(),
                "SLACK_ALLOWED_CHANNELS", "C0123ABCD, C0456EFGH",
                "DISCORD_OWNER_IDS", "123456789012345678",
                "OWNER_DIGEST_MINUTES", "0",
                "QUESTION_LOG", "off",
                "DATA_DIR", "/var/lib/profile-bot",
                "QUESTION_LOG_DAYS", "30"));

        assertThat(config.slack().enabled()).isTrue();
        assertThat(config.slack().botToken().orElseThrow().reveal()).isEqualTo("xoxb-from-a-file");
        assertThat(config.slack().appToken().orElseThrow().reveal()).isEqualTo("xapp-from-a-file");
        assertThat(config.slack().allowedChannels()).containsExactlyInAnyOrder("C0123ABCD", "C0456EFGH");
        assertThat(config.slack().commandPrefix()).isEqualTo("profile-");
        assertThat(config.discord().ownerIds()).containsExactly(123456789012345678L);
        assertThat(config.discord().ownerDigestInterval()).isZero();
        assertThat(config.questionLog().enabled()).isFalse();
        assertThat(config.questionLog().databaseFile()).isEqualTo(Path.of("/var/lib/profile-bot/questions.db"));
        assertThat(config.questionLog().retentionDays()).isEqualTo(30);
        assertThat(BotConfig.defaults().questionLog().enabled()).isTrue();
        assertThat(BotConfig.defaults().discord().readReplies()).isTrue();
    }

    @Test
    void should_name_the_variable_of_a_bad_slack_or_log_setting() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("QUESTION_LOG", "sometimes")))
                .hasMessage("QUESTION_LOG accepts on or off, got 'sometimes'");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("SLACK_ALLOWED_USERS", "alice")))
                .hasMessageContaining("SLACK_ALLOWED_USERS must hold Slack ids");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("SLACK_COMMAND_PREFIX", "Profile ")))
                .hasMessageContaining("SLACK_COMMAND_PREFIX takes lower-case letters");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("QUESTION_LOG_DAYS", "0")))
                .hasMessageContaining("QUESTION_LOG_DAYS must be from 1 to 3650");
    }

    @Test
    void should_document_every_setting_in_the_readme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        for (Setting setting : Setting.values()) {
            assertThat(readme).as("README documents %s", setting.key()).contains("`" + setting.key() + "`");
        }
    }

    @org.junit.jupiter.api.Test
    void should_find_the_profile_folder_beside_the_jar_when_run_from_another_folder(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path root) throws java.io.IOException {
        java.nio.file.Path project = java.nio.file.Files.createDirectories(root.resolve("project"));
        java.nio.file.Path target = java.nio.file.Files.createDirectories(project.resolve("target"));
        java.nio.file.Files.createDirectories(project.resolve("profile-data"));
        java.nio.file.Path elsewhere = java.nio.file.Files.createDirectories(root.resolve("elsewhere"));

        assertThat(ConfigLoader.profileDataDir(false, "profile-data", elsewhere, java.util.Optional.of(target)))
                .isEqualTo(project.resolve("profile-data"));
        assertThat(ConfigLoader.profileDataDir(false, "profile-data", project, java.util.Optional.of(target)))
                .isEqualTo(java.nio.file.Path.of("profile-data"));
        assertThat(ConfigLoader.profileDataDir(true, "docs", elsewhere, java.util.Optional.of(target)))
                .isEqualTo(java.nio.file.Path.of("docs"));
        assertThat(ConfigLoader.profileDataDir(false, "profile-data", elsewhere, java.util.Optional.empty()))
                .isEqualTo(java.nio.file.Path.of("profile-data"));
    }
}
