package dev.profilebot.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Reads {@link BotConfig} from environment variables and, when {@code PROFILE_BOT_CONFIG} names
 * one, a properties file using the same keys. The environment wins over the file. Every error
 * names the setting and the values it accepts.
 */
public final class ConfigLoader {

    private ConfigLoader() {}

    public static BotConfig load(Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        String file = env.get(Setting.PROFILE_BOT_CONFIG.key());
        if (file != null && !file.isBlank()) {
            values.putAll(readPropertiesFile(Path.of(file.trim())));
        }
        for (Setting setting : Setting.values()) {
            String value = env.get(setting.key());
            if (value != null) {
                values.put(setting.key(), value);
            }
        }
        Reader reader = new Reader(values);
        return new BotConfig(
                Path.of(reader.text(Setting.PROFILE_DATA_DIR)),
                Path.of(reader.text(Setting.PROMPTS_DIR)),
                (int) reader.wholeNumber(Setting.PROFILE_MAX_FILE_KB),
                reader.optionalText(Setting.PROFILE_NAME),
                (int) reader.wholeNumber(Setting.RETRIEVAL_TOP_K),
                reader.number(Setting.RETRIEVAL_MIN_RELEVANCE),
                reader.number(Setting.RETRIEVAL_CONFIDENT_RELEVANCE),
                (int) reader.wholeNumber(Setting.ANSWER_MAX_CHARS),
                reader.wholeNumber(Setting.ANSWER_CACHE_SIZE),
                Duration.ofSeconds(reader.wholeNumber(Setting.ANSWER_CACHE_TTL_SECONDS)),
                reader.wholeNumber(Setting.EMBEDDING_CACHE_SIZE),
                reader.optionalText(Setting.INDEX_CACHE_DIR).map(Path::of),
                reader.privateDetails(Setting.PRIVACY_DISCLOSE),
                llm(reader),
                new ConversationSettings(
                        (int) reader.wholeNumber(Setting.CONVERSATION_TURNS),
                        Duration.ofSeconds(reader.wholeNumber(Setting.CONVERSATION_TTL_SECONDS)),
                        reader.wholeNumber(Setting.CONVERSATION_MAX)));
    }

    private static LlmSettings llm(Reader reader) {
        String providerName = reader.text(Setting.LLM_PROVIDER);
        LlmProvider provider = LlmProvider.fromConfigName(providerName)
                .orElseThrow(() -> new ConfigException(Setting.LLM_PROVIDER.key() + " accepts " + LlmProvider.accepted()
                        + ", got '" + providerName + "'"));
        return new LlmSettings(
                provider,
                reader.optionalText(Setting.LLM_MODEL).orElse(provider.defaultModel()),
                reader.optionalText(Setting.LLM_BASE_URL).map(ConfigLoader::httpUrl),
                apiKey(reader),
                Duration.ofSeconds(reader.wholeNumber(Setting.LLM_TIMEOUT_SECONDS)),
                (int) reader.wholeNumber(Setting.LLM_MAX_OUTPUT_TOKENS),
                reader.number(Setting.LLM_TEMPERATURE),
                (int) reader.wholeNumber(Setting.LLM_MAX_ATTEMPTS),
                (int) reader.wholeNumber(Setting.LLM_BREAKER_FAILURES),
                Duration.ofSeconds(reader.wholeNumber(Setting.LLM_BREAKER_OPEN_SECONDS)));
    }

    /** An absolute http(s) address; the value is not echoed, as it may carry credentials. */
    private static URI httpUrl(String value) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ConfigException(Setting.LLM_BASE_URL.key()
                + " must be an absolute http or https URL, such as http://localhost:11434/v1");
    }

    private static Optional<Secret> apiKey(Reader reader) {
        Optional<String> key = reader.optionalText(Setting.LLM_API_KEY);
        Optional<String> file = reader.optionalText(Setting.LLM_API_KEY_FILE);
        if (key.isPresent() && file.isPresent()) {
            throw new ConfigException(
                    "Set only one of " + Setting.LLM_API_KEY.key() + " and " + Setting.LLM_API_KEY_FILE.key());
        }
        if (file.isPresent()) {
            Path path = Path.of(file.get());
            String content;
            try {
                content = Files.readString(path, StandardCharsets.UTF_8).strip();
            } catch (IOException | UncheckedIOException e) {
                throw new ConfigException(Setting.LLM_API_KEY_FILE.key() + " names " + path + ", which cannot be read ("
                        + e.getClass().getSimpleName() + ")");
            }
            if (content.isEmpty()) {
                throw new ConfigException(Setting.LLM_API_KEY_FILE.key() + " names " + path + ", which is empty");
            }
            return Optional.of(new Secret(content));
        }
        return key.map(Secret::new);
    }

    private static Map<String, String> readPropertiesFile(Path file) {
        Properties properties = new Properties();
        try (java.io.Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(Setting.PROFILE_BOT_CONFIG.key() + " names " + file
                    + ", which cannot be read as a properties file: " + e.getMessage());
        }
        Set<String> known = Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.toSet());
        Map<String, String> values = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!known.contains(key) || key.equals(Setting.PROFILE_BOT_CONFIG.key())) {
                throw new ConfigException("Unknown setting " + key + " in " + file + "; known settings: "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
            values.put(key, properties.getProperty(key));
        }
        return values;
    }

    /** Parses raw values, naming the setting in every error. */
    private static final class Reader {
        private final Map<String, String> values;

        Reader(Map<String, String> values) {
            this.values = values;
        }

        String text(Setting setting) {
            return optionalText(setting).orElse(setting.defaultValue());
        }

        Optional<String> optionalText(Setting setting) {
            String value = values.get(setting.key());
            if (value == null || value.isBlank()) {
                return setting.defaultValue().isEmpty() ? Optional.empty() : Optional.of(setting.defaultValue());
            }
            return Optional.of(value.trim());
        }

        long wholeNumber(Setting setting) {
            return (long) parse(setting, "a whole number", Long::parseLong);
        }

        double number(Setting setting) {
            return parse(setting, "a number", Double::parseDouble);
        }

        private double parse(Setting setting, String kind, ToDoubleFunction<String> parser) {
            String raw = text(setting);
            double value;
            try {
                value = parser.applyAsDouble(raw);
            } catch (NumberFormatException e) {
                throw new ConfigException(setting.key() + " must be " + kind + " from " + Setting.format(setting.min())
                        + " to " + Setting.format(setting.max()) + ", got '" + raw + "'");
            }
            setting.requireInRange(value);
            return value;
        }

        Set<PrivateDetail> privateDetails(Setting setting) {
            String raw = text(setting);
            Set<PrivateDetail> details = EnumSet.noneOf(PrivateDetail.class);
            for (String part : raw.split(",")) {
                if (part.isBlank() || part.trim().equalsIgnoreCase("none")) {
                    continue;
                }
                details.add(PrivateDetail.fromConfigName(part)
                        .orElseThrow(() -> new ConfigException(setting.key() + " accepts none, phone, address"
                                + " (comma-separated), got '" + part.trim() + "'")));
            }
            return details;
        }
    }
}
